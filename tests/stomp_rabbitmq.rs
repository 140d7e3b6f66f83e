//! Interop tests of the STOMP session against a real broker: RabbitMQ's
//! Web-STOMP on loopback (`ws://127.0.0.1:15674/ws`, guest/guest, host
//! `/`), as `.ci/rabbitmq.sh start` runs it.
//!
//! Without a broker listening there, each test prints a `skipped:` line and
//! passes, unless `WORLDPAY_RABBITMQ=required` (CI sets it): then a missing
//! broker fails the test.
//!
//! RabbitMQ accepts only its own destinations (`/queue/…`, `/topic/…`), so
//! this checks the codec and the session, not Worldpay's destinations.
//! Every test uses its own queues, so the tests run in parallel.

#![cfg(feature = "ips-cloud")]

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use worldpay::ips_cloud::session::{Session, SessionConfig, SessionError};
use worldpay::stomp::{Command, Frame, HeartBeat, Version};

const ADDR: &str = "127.0.0.1:15674";
const URL: &str = "ws://127.0.0.1:15674/ws";
const HOST: &str = "/";
const CREDENTIALS: &[(&str, &str)] = &[("login", "guest"), ("passcode", "guest")];
/// The longest any single broker answer may take.
const ANSWER: Duration = Duration::from_secs(10);

/// Whether the broker listens. A missing broker fails the calling test when
/// `WORLDPAY_RABBITMQ=required`, and otherwise prints why the test is
/// skipped (to the real stderr, which the test harness does not capture).
async fn broker() -> bool {
    let up = matches!(
        tokio::time::timeout(Duration::from_secs(2), tokio::net::TcpStream::connect(ADDR)).await,
        Ok(Ok(_))
    );
    if up {
        return true;
    }
    let required = std::env::var("WORLDPAY_RABBITMQ").is_ok_and(|v| v == "required");
    assert!(
        !required,
        "WORLDPAY_RABBITMQ=required, but no RabbitMQ Web-STOMP on {ADDR} (run .ci/rabbitmq.sh start)"
    );
    let _ = writeln!(
        std::io::stderr(),
        "skipped: no RabbitMQ Web-STOMP on {ADDR} (run .ci/rabbitmq.sh start)"
    );
    false
}

macro_rules! require_broker {
    () => {
        if !broker().await {
            return;
        }
    };
}

/// A queue no other test (nor an earlier run) uses.
fn queue(tag: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "/queue/worldpay-test-{}-{n}-{nanos:x}-{tag}",
        std::process::id()
    )
}

/// The STOMP subprotocols, offered explicitly: the session offers none by
/// default (as the client proven against IPS Cloud), and these tests check
/// the broker's negotiation too.
fn stomp_subprotocols() -> Vec<String> {
    vec!["v10.stomp".into(), "v11.stomp".into(), "v12.stomp".into()]
}

/// Every setting these tests depend on given explicitly, none left to the
/// session's defaults (which are IPS Cloud's).
fn config(versions: &[Version], heart_beat: HeartBeat) -> SessionConfig {
    SessionConfig {
        heart_beat,
        accept_versions: versions.to_vec(),
        subprotocols: stomp_subprotocols(),
        connect_timeout: ANSWER,
        ..SessionConfig::default()
    }
}

async fn connect_with(config: &SessionConfig) -> Session {
    Session::connect(URL, HOST, CREDENTIALS, config)
        .await
        .unwrap_or_else(|e| panic!("connect to {URL}: {e}"))
}

async fn connect(version: Version) -> Session {
    let session = connect_with(&config(&[version], HeartBeat::NONE)).await;
    assert_eq!(session.version(), version);
    session
}

/// The next frame, within [`ANSWER`].
async fn next(session: &mut Session) -> Frame {
    match tokio::time::timeout(ANSWER, session.next_frame()).await {
        Ok(Ok(frame)) => frame,
        Ok(Err(e)) => panic!("next_frame: {e}"),
        Err(_) => panic!("no frame from the broker within {ANSWER:?}"),
    }
}

/// The next frame, which must be a MESSAGE of subscription `id`.
async fn next_message(session: &mut Session, id: &str) -> Frame {
    let frame = next(session).await;
    assert_eq!(frame.command, Command::Message, "{frame:?}");
    assert_eq!(frame.get("subscription"), Some(id), "{frame:?}");
    frame
}

async fn disconnect(session: Session) {
    session
        .disconnect(ANSWER)
        .await
        .expect("a clean DISCONNECT");
}

async fn negotiates(version: Version) {
    require_broker!();
    let session = connect(version).await;
    assert_eq!(session.version(), version);
    disconnect(session).await;
}

#[tokio::test]
async fn negotiates_1_0() {
    negotiates(Version::V1_0).await;
}

#[tokio::test]
async fn negotiates_1_1() {
    negotiates(Version::V1_1).await;
}

#[tokio::test]
async fn negotiates_1_2() {
    negotiates(Version::V1_2).await;
}

#[tokio::test]
async fn negotiates_the_highest_common_version() {
    require_broker!();
    let session = connect_with(&config(&Version::ALL, HeartBeat::NONE)).await;
    assert_eq!(session.version(), Version::V1_2);
    disconnect(session).await;
}

#[tokio::test]
async fn the_ips_cloud_defaults_work_against_a_broker() {
    // accept-version 1.1 only, no heart-beat header, no subprotocol.
    require_broker!();
    let mut session = connect_with(&SessionConfig {
        connect_timeout: ANSWER,
        ..SessionConfig::default()
    })
    .await;
    assert_eq!(session.version(), Version::V1_1);
    let negotiated = format!("{session:?}");
    assert!(
        negotiated.contains("send_every: None") && negotiated.contains("expect_every: None"),
        "{negotiated}"
    );
    let destination = queue("defaults");
    let id = session.subscribe(&destination, &[]).await.unwrap();
    session.send(&destination, &[], b"{}").await.unwrap();
    let message = next_message(&mut session, &id).await;
    assert_eq!(message.body, b"{}");
    disconnect(session).await;
}

/// SENDs a header with `value` to a fresh queue and checks that the MESSAGE
/// brings it back unchanged (or as `alternative`).
async fn header_round_trips(version: Version, value: &str, alternative: Option<&str>) {
    require_broker!();
    let mut session = connect(version).await;
    let destination = queue(&format!("escape-{version}"));
    let id = session.subscribe(&destination, &[]).await.unwrap();
    session
        .send(&destination, &[("x-tricky", value)], b"{}")
        .await
        .unwrap();
    let message = next_message(&mut session, &id).await;
    let got = message.get("x-tricky");
    assert!(
        got == Some(value) || (got.is_some() && got == alternative),
        "{version}: sent {value:?}, got {got:?}: {message:?}"
    );
    assert_eq!(message.get("destination"), Some(destination.as_str()));
    assert_eq!(message.body, b"{}");
    disconnect(session).await;
}

#[tokio::test]
async fn header_values_with_colons_survive_in_1_0() {
    // 1.0 has no escaping: a value with colons survives only because a
    // header line splits on its first colon (the broker's parser on the way
    // in, the crate's decoder on the way out). RabbitMQ 3.10 escapes
    // MESSAGE headers even in 1.0 (colons come back as `\c`), which a 1.0
    // decoder must keep literally: accept exactly that form too.
    let value = "ID:host-1:5:a=b:";
    let rabbitmq_escaped = value.replace(':', "\\c");
    header_round_trips(Version::V1_0, value, Some(&rabbitmq_escaped)).await;
}

#[tokio::test]
async fn header_values_are_escaped_in_1_1() {
    header_round_trips(Version::V1_1, "a:b\nc\\d:\\n\\c", None).await;
}

#[tokio::test]
async fn header_values_are_escaped_in_1_2() {
    header_round_trips(Version::V1_2, "a:b\nc\\d\re:\\r\r\n", None).await;
}

#[tokio::test]
async fn binary_bodies_round_trip_byte_for_byte() {
    require_broker!();
    for version in Version::ALL {
        let mut session = connect(version).await;
        let destination = queue(&format!("binary-{version}"));
        let id = session.subscribe(&destination, &[]).await.unwrap();
        let binary: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        // UTF-8 with NULs: the session sends it as a text message.
        let text_with_nuls = b"\0{\"a\":\"\0\"}\0".to_vec();
        for body in [binary, text_with_nuls, Vec::new()] {
            let frame = Frame::new(Command::Send)
                .header("destination", destination.clone())
                .header("content-type", "application/octet-stream")
                .body(body.clone());
            session.send_frame(&frame).await.unwrap();
            let message = next_message(&mut session, &id).await;
            assert_eq!(
                message.body,
                body,
                "{version}: body of {} bytes came back as {} bytes",
                body.len(),
                message.body.len()
            );
            if !body.is_empty() {
                assert_eq!(
                    message.get("content-length"),
                    Some(body.len().to_string().as_str())
                );
            }
        }
        disconnect(session).await;
    }
}

#[tokio::test]
async fn messages_arrive_in_order() {
    require_broker!();
    let mut session = connect(Version::V1_2).await;
    let destination = queue("order");
    // Fill the queue first: on subscribing, the broker delivers the
    // backlog in a burst (and may pack frames together).
    const N: usize = 50;
    for i in 0..N {
        let body = format!("{{\"seq\":{i}}}");
        let seq = i.to_string();
        session
            .send(&destination, &[("x-seq", &seq)], body.as_bytes())
            .await
            .unwrap();
    }
    let id = session.subscribe(&destination, &[]).await.unwrap();
    for i in 0..N {
        let message = next_message(&mut session, &id).await;
        assert_eq!(message.get("x-seq"), Some(i.to_string().as_str()));
        assert_eq!(message.body, format!("{{\"seq\":{i}}}").as_bytes());
    }
    // And a few sent while subscribed.
    for i in N..N + 5 {
        let seq = i.to_string();
        session
            .send(&destination, &[("x-seq", &seq)], b"{}")
            .await
            .unwrap();
    }
    for i in N..N + 5 {
        let message = next_message(&mut session, &id).await;
        assert_eq!(message.get("x-seq"), Some(i.to_string().as_str()));
    }
    disconnect(session).await;
}

#[tokio::test]
async fn heart_beats_keep_an_idle_session_alive() {
    require_broker!();
    let mut session =
        connect_with(&config(&[Version::V1_2], HeartBeat { cx: 1000, cy: 1000 })).await;
    let destination = queue("heart-beat");
    // Both directions beat every second (the Debug output is the only
    // public view of the negotiation).
    let negotiated = format!("{session:?}");
    assert!(
        negotiated.contains("send_every: Some(1s)")
            && negotiated.contains("expect_every: Some(1s)"),
        "{negotiated}"
    );
    let id = session.subscribe(&destination, &[]).await.unwrap();
    // Idle for 3.5 s inside next_frame: more than twice either period, so
    // a side that failed to beat would be dropped (the broker closes; the
    // session reports PeerSilent).
    match tokio::time::timeout(Duration::from_millis(3500), session.next_frame()).await {
        Err(_elapsed) => {}
        Ok(Ok(frame)) => panic!("unexpected frame while idle: {frame:?}"),
        Ok(Err(e)) => panic!("the idle session failed: {e}"),
    }
    session
        .send(&destination, &[], b"{\"after\":\"idle\"}")
        .await
        .unwrap();
    let message = next_message(&mut session, &id).await;
    assert_eq!(message.body, b"{\"after\":\"idle\"}");
    disconnect(session).await;
}

#[tokio::test]
async fn a_send_with_a_receipt_header_gets_its_receipt() {
    require_broker!();
    for version in Version::ALL {
        let mut session = connect(version).await;
        let destination = queue(&format!("receipt-{version}"));
        session
            .send(&destination, &[("receipt", "r1")], b"{}")
            .await
            .unwrap();
        let receipt = next(&mut session).await;
        assert_eq!(receipt.command, Command::Receipt, "{version}: {receipt:?}");
        assert_eq!(receipt.get("receipt-id"), Some("r1"), "{version}");
        disconnect(session).await;
    }
}

#[tokio::test]
async fn an_invalid_destination_gives_a_stomp_error() {
    require_broker!();
    for version in Version::ALL {
        let mut session = connect(version).await;
        session.subscribe("/invalid/x", &[]).await.unwrap();
        match tokio::time::timeout(ANSWER, session.next_frame()).await {
            Ok(Err(SessionError::Stomp(e))) => {
                let message = e.message.as_deref().unwrap_or_default();
                assert!(
                    !message.is_empty(),
                    "{version}: ERROR without a message: {e:?}"
                );
            }
            Ok(Err(e)) => panic!("{version}: expected a STOMP ERROR, got {e}"),
            Ok(Ok(frame)) => panic!("{version}: expected a STOMP ERROR, got {frame:?}"),
            Err(_) => panic!("{version}: no ERROR within {ANSWER:?}"),
        }
        // RabbitMQ keeps the connection open after this ERROR (STOMP says
        // the server closes): nothing more to check on it.
    }
}

#[tokio::test]
async fn disconnect_is_clean() {
    require_broker!();
    for version in Version::ALL {
        let mut session = connect_with(&config(&[version], HeartBeat { cx: 1000, cy: 1000 })).await;
        let destination = queue(&format!("disconnect-{version}"));
        let id = session.subscribe(&destination, &[]).await.unwrap();
        session.send(&destination, &[], b"{}").await.unwrap();
        next_message(&mut session, &id).await;
        let started = std::time::Instant::now();
        assert!(
            session.disconnect(ANSWER).await.is_ok(),
            "{version}: DISCONNECT failed"
        );
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{version}: DISCONNECT took {:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn bad_credentials_give_a_stomp_error() {
    require_broker!();
    let result = Session::connect(
        URL,
        HOST,
        &[("login", "guest"), ("passcode", "wrong")],
        &config(&[Version::V1_2], HeartBeat::NONE),
    )
    .await;
    match result {
        Err(SessionError::Stomp(e)) => assert!(e.message.is_some(), "{e:?}"),
        Err(e) => panic!("expected a STOMP ERROR, got {e}"),
        Ok(session) => panic!("connected with a wrong passcode: {session:?}"),
    }
}
