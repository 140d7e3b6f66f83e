//! The IPS Cloud client against each fault the simulator can play
//! (`worldpay::sim::IpsFault`): a connection dropped or closed after N
//! frames, a server that stops heart-beating, bytes that are not STOMP, an
//! ERROR frame, slow answers, and a reply with another correlation id.
//! Each is met by a query (nothing moves money) and by a payment (money may
//! move); every error is checked by kind, by what its text says, and for
//! the absence of the licence key, the activation code and card numbers.
//! After a payment's outcome became unknown, `query_result` on a healthy
//! connection tells it: the documented recovery works end to end.
#![cfg(feature = "simulator")]

#[path = "common/capture.rs"]
mod capture;

use std::time::{Duration, Instant};

use capture::Capture;
use serde_json::json;
use worldpay::ips_cloud::session::SessionError;
use worldpay::ips_cloud::{Client, IpsError, LicenceKey, PaymentEvent, PaypointRef, types};
use worldpay::sim::{Garbage, IpsFault, Simulator};
use worldpay::stomp::{CodecError, HeartBeat};

const ACTIVATION_CODE: &str = "AV46HTR3";
/// The card number the simulator reads (it answers it masked).
const PAN: &str = "4444333322221111";
/// No test should come near this: a hang fails fast instead.
const NO_HANG: Duration = Duration::from_secs(15);

fn paypoint(name: &str) -> PaypointRef {
    PaypointRef::new(name).unwrap()
}

/// A registered client with short heart-beats (send every 100 ms, expect
/// every 200 ms) and the default timeouts.
async fn registered(sim: &Simulator, name: &str) -> (Client, LicenceKey) {
    capture();
    let mut config = sim.ips_cloud_config(paypoint(name));
    config.session.heart_beat = HeartBeat { cx: 100, cy: 200 };
    let key = Client::new(config.clone())
        .register(registration())
        .await
        .unwrap();
    (Client::new(config.licence_key(key.clone())), key)
}

fn registration() -> types::PosRegistrationRequest {
    serde_json::from_value(json!({
        "pointOfSaleId": "D45FGT",
        "pointOfSaleReference": "POS123",
        "pointOfSaleActivationCode": ACTIVATION_CODE
    }))
    .unwrap()
}

/// `client` with another per-reply timeout.
fn with_reply_timeout(client: &Client, timeout: Duration) -> Client {
    let mut config = client.config().clone();
    config.reply_timeout = timeout;
    Client::new(config)
}

fn sale(amount: i64, reference: &str) -> types::PaymentStart {
    serde_json::from_value(json!({
        "paymentType": "sale",
        "merchantTransactionReference": reference,
        "instruction": {
            "value": {"amount": amount},
            "paymentInstrument": {"type": "card/present", "isHandledOnline": true}
        }
    }))
    .unwrap()
}

fn query(reference: &str) -> types::PaymentQueryResult {
    serde_json::from_value(json!({"merchantTransactionReference": reference})).unwrap()
}

/// Bounds a future: the client must never hang.
async fn bounded<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(NO_HANG, f)
        .await
        .expect("the client answered in bounded time")
}

/// The error's text names each of `says`, and neither its text nor its
/// Debug holds the licence key, the activation code or the card number.
fn check_text(error: &IpsError, key: &LicenceKey, says: &[&str]) {
    let display = error.to_string();
    let debug = format!("{error:?}");
    for needle in says {
        assert!(
            display.contains(needle),
            "{display:?} should say {needle:?}"
        );
    }
    for (text, what) in [(&display, "Display"), (&debug, "Debug")] {
        assert!(
            !text.contains(key.expose_secret()),
            "licence key in {what}: {text}"
        );
        assert!(
            !text.contains(ACTIVATION_CODE),
            "activation code in {what}: {text}"
        );
        assert!(!text.contains(PAN), "card number in {what}: {text}");
    }
}

/// Reads the flow's events until it fails; returns how many came and the
/// error.
async fn events_until_error(flow: &mut worldpay::ips_cloud::PaymentFlow) -> (usize, IpsError) {
    let mut count = 0;
    loop {
        match bounded(flow.next_event()).await {
            Ok(Some(_)) => count += 1,
            Ok(None) => panic!("the payment completed; a fault was expected"),
            Err(e) => return (count, e),
        }
    }
}

/// Runs a payment to its end; the kinds of its events.
async fn run_payment(client: &Client, request: types::PaymentStart) -> Vec<&'static str> {
    let mut flow = bounded(client.start_payment(request)).await.unwrap();
    let mut kinds = Vec::new();
    while let Some(event) = bounded(flow.next_event()).await.unwrap() {
        kinds.push(match event {
            PaymentEvent::Notification(_) => "notification",
            PaymentEvent::ActionRequest(_) => "action",
            PaymentEvent::Receipt(_) => "receipt",
            PaymentEvent::Result(_) => "result",
            PaymentEvent::Complete(_) => "complete",
            _ => "other",
        });
    }
    kinds
}

/// The recovery path: with the fault cleared, `query_result` tells the
/// payment's outcome.
async fn recovers(sim: &Simulator, client: &Client, name: &str, reference: &str) {
    sim.clear_ips_fault(&paypoint(name));
    let result = bounded(client.query_result(query(reference)))
        .await
        .unwrap();
    let payment = &result.payments[0];
    assert_eq!(payment.merchant_transaction_reference.as_str(), reference);
    assert_eq!(payment.result.as_str(), "authorised-online");
}

fn outcome_unknown(error: IpsError, reference: &str) -> SessionError {
    match error {
        IpsError::OutcomeUnknown {
            merchant_transaction_reference,
            source,
        } => {
            assert_eq!(merchant_transaction_reference, reference);
            source
        }
        other => panic!("expected OutcomeUnknown, got {other:?}"),
    }
}

fn no_answer(error: IpsError, operation: &str) -> SessionError {
    match error {
        IpsError::NoAnswer {
            operation: op,
            source,
        } => {
            assert_eq!(op, operation);
            source
        }
        other => panic!("expected NoAnswer, got {other:?}"),
    }
}

#[tokio::test]
async fn a_drop_before_the_request_is_not_sent_and_safe_to_retry() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "DROP01").await;

    // Dropped before CONNECTED (TCP closed, no close frame): nothing was
    // sent, for a payment as for a query.
    sim.set_ips_fault(&paypoint("DROP01"), IpsFault::DropAfterFrames(0));
    let e = bounded(client.start_payment(sale(1000, "DROP-1")))
        .await
        .unwrap_err();
    check_text(&e, &key, &["startPayment", "not sent", "safe to retry"]);
    assert!(
        matches!(
            &e,
            IpsError::Session {
                operation: "startPayment",
                source: SessionError::WebSocket(_)
            }
        ),
        "{e:?}"
    );
    let e = bounded(client.query_result(query("DROP-1")))
        .await
        .unwrap_err();
    check_text(&e, &key, &["queryPaymentResult", "not sent"]);
    assert!(matches!(e, IpsError::Session { .. }), "{e:?}");

    // Closed with a WebSocket close frame before CONNECTED.
    sim.set_ips_fault(&paypoint("DROP01"), IpsFault::CloseAfterFrames(0));
    let e = bounded(client.start_payment(sale(1000, "DROP-1")))
        .await
        .unwrap_err();
    check_text(&e, &key, &["connection closed", "not sent"]);
    assert!(
        matches!(
            e,
            IpsError::Session {
                operation: "startPayment",
                source: SessionError::Closed
            }
        ),
        "{e:?}"
    );

    // The payment never started: retrying it once the server is back works.
    sim.clear_ips_fault(&paypoint("DROP01"));
    let kinds = run_payment(&client, sale(1000, "DROP-1")).await;
    assert_eq!(kinds.last(), Some(&"complete"));
}

#[tokio::test]
async fn a_drop_after_the_request_is_no_answer_or_outcome_unknown() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "DROP02").await;

    // A query: CONNECTED, then the connection drops instead of the answer.
    sim.set_ips_fault(&paypoint("DROP02"), IpsFault::DropAfterFrames(1));
    let e = bounded(client.query_result(query("NONE")))
        .await
        .unwrap_err();
    check_text(
        &e,
        &key,
        &["queryPaymentResult", "after the request was sent"],
    );
    assert!(matches!(
        no_answer(e, "queryPaymentResult"),
        SessionError::WebSocket(_)
    ));

    // A payment: CONNECTED and two notifications, then the drop.
    sim.set_ips_fault(&paypoint("DROP02"), IpsFault::DropAfterFrames(3));
    let mut flow = bounded(client.start_payment(sale(1000, "DROP-2")))
        .await
        .unwrap();
    assert_eq!(flow.merchant_transaction_reference(), "DROP-2");
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 2);
    check_text(&e, &key, &["DROP-2", "outcome is unknown", "query_result"]);
    assert!(matches!(
        outcome_unknown(e, "DROP-2"),
        SessionError::WebSocket(_)
    ));
    // The flow is over, never taken for complete: asked again, it says
    // the outcome is unknown (at once).
    assert!(matches!(
        bounded(flow.next_event()).await,
        Err(IpsError::OutcomeUnknown {
            source: SessionError::Closed,
            ..
        })
    ));
    recovers(&sim, &client, "DROP02", "DROP-2").await;

    // The same with a close frame: the source says the connection closed.
    sim.set_ips_fault(&paypoint("DROP02"), IpsFault::CloseAfterFrames(2));
    let mut flow = bounded(client.start_payment(sale(1000, "DROP-3")))
        .await
        .unwrap();
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 1);
    check_text(
        &e,
        &key,
        &["DROP-3", "the connection closed", "query_result"],
    );
    assert!(matches!(outcome_unknown(e, "DROP-3"), SessionError::Closed));
    recovers(&sim, &client, "DROP02", "DROP-3").await;
}

#[tokio::test]
async fn a_server_that_stops_heart_beating_is_dead_within_its_window() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "BEAT01").await;
    sim.set_ips_fault(&paypoint("BEAT01"), IpsFault::StopHeartBeating);

    // Heart-beats negotiated: the server must send every 200 ms, so it is
    // dead after 400 ms of silence; the reply timeout (3 minutes) plays no
    // part.
    let started = Instant::now();
    let e = bounded(client.query_result(query("NONE")))
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    check_text(&e, &key, &["queryPaymentResult", "beyond its heart-beat"]);
    match no_answer(e, "queryPaymentResult") {
        SessionError::PeerSilent(silent) => {
            assert!(silent >= Duration::from_millis(400), "{silent:?}");
            assert!(silent < Duration::from_millis(1500), "{silent:?}");
        }
        other => panic!("expected PeerSilent, got {other:?}"),
    }
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");

    // Monitoring (subscribing is asking) meets the same end.
    let e = bounded(client.service_status()).await.unwrap_err();
    check_text(&e, &key, &["receivePaymentServiceStatus"]);
    assert!(matches!(
        no_answer(e, "receivePaymentServiceStatus"),
        SessionError::PeerSilent(_)
    ));

    // Mid-payment: the request went out, so the outcome is unknown.
    let mut flow = bounded(client.start_payment(sale(1000, "BEAT-1")))
        .await
        .unwrap();
    let started = Instant::now();
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 0);
    assert!(started.elapsed() < Duration::from_secs(3));
    check_text(
        &e,
        &key,
        &["BEAT-1", "query_result", "beyond its heart-beat"],
    );
    assert!(matches!(
        outcome_unknown(e, "BEAT-1"),
        SessionError::PeerSilent(_)
    ));
    recovers(&sim, &client, "BEAT01", "BEAT-1").await;
}

/// Whether a codec error is the expected one.
type IsCodecError = fn(&CodecError) -> bool;

#[tokio::test]
async fn bytes_that_are_not_stomp_are_a_typed_codec_error() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "JUNK01").await;
    let cases: [(Garbage, &str, IsCodecError); 4] = [
        (Garbage::UnknownCommand, "unknown STOMP command", |c| {
            matches!(c, CodecError::UnknownCommand { .. })
        }),
        (
            Garbage::UndefinedEscape,
            "undefined STOMP 1.1 escape",
            |c| matches!(c, CodecError::UndefinedEscape { .. }),
        ),
        (Garbage::InvalidContentLength, "content-length", |c| {
            matches!(c, CodecError::InvalidContentLength { .. })
        }),
        (Garbage::NonUtf8Header, "is not UTF-8", |c| {
            matches!(c, CodecError::InvalidUtf8 { .. })
        }),
    ];
    for (garbage, says, is) in cases {
        sim.set_ips_fault(&paypoint("JUNK01"), IpsFault::Garbage(garbage));
        let e = bounded(client.query_result(query("NONE")))
            .await
            .unwrap_err();
        check_text(&e, &key, &["queryPaymentResult", "STOMP framing", says]);
        match no_answer(e, "queryPaymentResult") {
            SessionError::Codec(c) => assert!(is(&c), "{garbage:?}: {c:?}"),
            other => panic!("{garbage:?}: expected a codec error, got {other:?}"),
        }
    }

    // Mid-payment.
    sim.set_ips_fault(
        &paypoint("JUNK01"),
        IpsFault::Garbage(Garbage::UnknownCommand),
    );
    let mut flow = bounded(client.start_payment(sale(1000, "JUNK-1")))
        .await
        .unwrap();
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 0);
    check_text(
        &e,
        &key,
        &["JUNK-1", "unknown STOMP command", "query_result"],
    );
    assert!(matches!(
        outcome_unknown(e, "JUNK-1"),
        SessionError::Codec(CodecError::UnknownCommand { .. })
    ));
    recovers(&sim, &client, "JUNK01", "JUNK-1").await;
}

#[tokio::test]
async fn an_error_frame_carries_the_servers_message_scrubbed() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "ERRF01").await;
    // A server echoing what it was sent: the licence key and a card number.
    let message = format!(
        "broker failure: frame had authorization {} and card {PAN}",
        key.expose_secret()
    );
    sim.set_ips_fault(
        &paypoint("ERRF01"),
        IpsFault::ErrorFrame {
            message: message.clone(),
        },
    );
    let e = bounded(client.query_result(query("NONE")))
        .await
        .unwrap_err();
    check_text(
        &e,
        &key,
        &[
            "queryPaymentResult",
            "STOMP ERROR",
            "broker failure",
            "<redacted>",
        ],
    );
    match no_answer(e, "queryPaymentResult") {
        SessionError::Stomp(stomp) => {
            let said = stomp.message.unwrap();
            assert!(said.starts_with("broker failure: frame had authorization <redacted>"));
            assert!(!said.contains(key.expose_secret()) && !said.contains(PAN));
            assert!(!stomp.body.contains(key.expose_secret()) && !stomp.body.contains(PAN));
            assert!(stomp.body.contains("broker failure"));
        }
        other => panic!("expected a STOMP ERROR, got {other:?}"),
    }

    // Mid-payment the server may have accepted the payment before it
    // failed: the outcome is unknown.
    sim.set_ips_fault(&paypoint("ERRF01"), IpsFault::ErrorFrame { message });
    let mut flow = bounded(client.start_payment(sale(1000, "ERRF-1")))
        .await
        .unwrap();
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 0);
    check_text(&e, &key, &["ERRF-1", "broker failure", "query_result"]);
    assert!(matches!(
        outcome_unknown(e, "ERRF-1"),
        SessionError::Stomp(_)
    ));
    recovers(&sim, &client, "ERRF01", "ERRF-1").await;

    // Registration: the activation code is scrubbed too. (Last: the server
    // registers anew, which ends the old key.)
    sim.set_ips_fault(
        &paypoint("ERRF01"),
        IpsFault::ErrorFrame {
            message: format!("bad pointOfSaleActivationCode {ACTIVATION_CODE}"),
        },
    );
    let unregistered = Client::new(sim.ips_cloud_config(paypoint("ERRF01")));
    let e = bounded(unregistered.register(registration()))
        .await
        .unwrap_err();
    check_text(
        &e,
        &key,
        &[
            "registerPointOfSale",
            "bad pointOfSaleActivationCode <redacted>",
        ],
    );
    assert!(matches!(
        no_answer(e, "registerPointOfSale"),
        SessionError::Stomp(_)
    ));
}

#[tokio::test]
async fn slow_answers_within_the_reply_timeout_succeed_and_beyond_it_time_out() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "SLOW01").await;
    let patient = with_reply_timeout(&client, Duration::from_secs(2));
    let hasty = with_reply_timeout(&client, Duration::from_millis(200));

    // Within the timeout: a whole payment, then a query, each reply late.
    sim.set_ips_fault(
        &paypoint("SLOW01"),
        IpsFault::Slow(Duration::from_millis(40)),
    );
    let started = Instant::now();
    let kinds = run_payment(&patient, sale(1000, "SLOW-1")).await;
    assert_eq!(kinds.last(), Some(&"complete"));
    assert!(started.elapsed() >= Duration::from_millis(40) * kinds.len() as u32);
    let result = bounded(patient.query_result(query("SLOW-1")))
        .await
        .unwrap();
    assert_eq!(result.payments[0].result.as_str(), "authorised-online");

    // Beyond it: a typed timeout for the query...
    sim.set_ips_fault(&paypoint("SLOW01"), IpsFault::Slow(Duration::from_secs(1)));
    let started = Instant::now();
    let e = bounded(hasty.query_result(query("SLOW-1")))
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_millis(900));
    check_text(&e, &key, &["queryPaymentResult", "no answer in time"]);
    assert!(
        matches!(e, IpsError::Timeout("queryPaymentResult")),
        "{e:?}"
    );

    // ...and an unknown outcome for a payment.
    let mut flow = bounded(hasty.start_payment(sale(1000, "SLOW-2")))
        .await
        .unwrap();
    let (events, e) = events_until_error(&mut flow).await;
    assert_eq!(events, 0);
    check_text(&e, &key, &["SLOW-2", "timed out", "query_result"]);
    assert!(matches!(
        outcome_unknown(e, "SLOW-2"),
        SessionError::Timeout(_)
    ));
    recovers(&sim, &client, "SLOW01", "SLOW-2").await;
}

#[tokio::test]
async fn a_reply_with_another_correlation_id_is_never_taken_as_the_answer() {
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "CORR01").await;
    let healthy = run_payment(&client, sale(1000, "CORR-0")).await;

    sim.set_ips_fault(&paypoint("CORR01"), IpsFault::WrongCorrelationId);
    // A query fails at once, typed.
    let e = bounded(client.query_result(query("CORR-0")))
        .await
        .unwrap_err();
    check_text(
        &e,
        &key,
        &["queryPaymentResult", "another request's correlation id"],
    );
    match e {
        IpsError::CorrelationMismatch {
            operation,
            destination,
        } => {
            assert_eq!(operation, "queryPaymentResult");
            assert_eq!(destination, "/client/v1/payment/result");
        }
        other => panic!("expected CorrelationMismatch, got {other:?}"),
    }
    // The client gave up on a healthy session: it says so with DISCONNECT.
    let connections = sim.ips_connections(&paypoint("CORR01"));
    let last = connections.last().unwrap();
    assert_eq!(
        last.frames.last().map(|f| f.command),
        Some(worldpay::stomp::Command::Disconnect),
        "{last:?}"
    );

    // A payment skips the stray message (its first notification) and goes
    // on to the end.
    let faulty = run_payment(&client, sale(1000, "CORR-1")).await;
    assert_eq!(faulty.len() + 1, healthy.len(), "{faulty:?} / {healthy:?}");
    assert_eq!(faulty.last(), Some(&"complete"));
    assert!(faulty.contains(&"result"));
}

#[tokio::test]
async fn a_fault_touches_only_its_paypoint_and_new_connections() {
    let sim = Simulator::start().await.unwrap();
    let (faulty, _) = registered(&sim, "SCOPE01").await;
    let (healthy, _) = registered(&sim, "SCOPE02").await;

    // A payment under way when the fault is set plays to its end.
    let mut flow = bounded(faulty.start_payment(sale(1000, "SCOPE-1")))
        .await
        .unwrap();
    assert!(bounded(flow.next_event()).await.unwrap().is_some());
    sim.set_ips_fault(&paypoint("SCOPE01"), IpsFault::DropAfterFrames(0));
    let mut last = None;
    while let Some(event) = bounded(flow.next_event()).await.unwrap() {
        last = Some(event);
    }
    assert!(matches!(last, Some(PaymentEvent::Complete(_))));

    // New connections to that paypoint fail; another paypoint is served.
    assert!(matches!(
        bounded(faulty.query_result(query("SCOPE-1"))).await,
        Err(IpsError::Session { .. })
    ));
    let kinds = run_payment(&healthy, sale(1000, "SCOPE-2")).await;
    assert_eq!(kinds.last(), Some(&"complete"));

    // Cleared, the paypoint is served again.
    recovers(&sim, &faulty, "SCOPE01", "SCOPE-1").await;
}

/// Every test's events, DEBUG and up, from one global subscriber set before
/// any test talks to IPS Cloud (a subscriber per test thread can miss
/// events: `tracing` caches per call site whether anyone listens).
fn capture() -> &'static Capture {
    static CAPTURED: std::sync::OnceLock<Capture> = std::sync::OnceLock::new();
    CAPTURED.get_or_init(|| {
        let captured = Capture::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        captured
    })
}

#[tokio::test]
async fn tracing_names_frames_and_faults_never_secrets() {
    let captured = capture();
    let sim = Simulator::start().await.unwrap();
    let (client, key) = registered(&sim, "TRACE01").await;
    let kinds = run_payment(&client, sale(1000, "TRACE-1")).await;
    assert_eq!(kinds.last(), Some(&"complete"));
    sim.set_ips_fault(
        &paypoint("TRACE01"),
        IpsFault::ErrorFrame {
            message: format!("echo {} {PAN}", key.expose_secret()),
        },
    );
    let _ = bounded(client.query_result(query("TRACE-1"))).await;
    sim.set_ips_fault(&paypoint("TRACE01"), IpsFault::StopHeartBeating);
    let _ = bounded(client.query_result(query("TRACE-1"))).await;
    sim.set_ips_fault(
        &paypoint("TRACE01"),
        IpsFault::Garbage(Garbage::UnknownCommand),
    );
    let _ = bounded(client.query_result(query("TRACE-1"))).await;

    // Other tests run meanwhile: their events are scanned for secrets too.
    let out = captured.text();
    for needle in [
        "worldpay::ips_cloud",
        "connecting",
        "connected version=\"1.1\" send_heart_beat_ms=100 expect_heart_beat_ms=200",
        "command=\"CONNECT\"",
        "command=\"SEND\" destination=\"/v1/pos/registration\"",
        "command=\"SEND\" destination=\"/v1/payment\"",
        "command=\"MESSAGE\" destination=\"/client/v1/payment/complete\"",
        "correlation_id=",
        "payment started merchant_transaction_reference=TRACE-1",
        "url=\"ws://127.0.0.1",
        "disconnected",
        "heart-beat timeout",
        "invalid STOMP from the server",
        "IPS Cloud operation failed",
    ] {
        assert!(out.contains(needle), "no {needle:?} in the trace:\n{out}");
    }
    assert!(!out.contains(key.expose_secret()), "licence key traced");
    assert!(!out.contains(ACTIVATION_CODE), "activation code traced");
    assert!(!out.contains(PAN), "card number traced");
    assert!(
        !out.contains("x-wp-authorization"),
        "a secret header traced"
    );
    assert!(!out.contains("pointOfSaleLicenseKey"), "a body traced");
}
