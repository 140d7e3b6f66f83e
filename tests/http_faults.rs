//! Every HTTP fault of the hardening list, against loopback servers that
//! misbehave on purpose: slow answers, resets before and during the answer,
//! bodies cut short, non-JSON and HTML bodies, 5xx with and without
//! Worldpay's error body, refused connections. Each case checks the typed
//! error, whether the request reached Worldpay ([`Delivery`]) and whether
//! it may have taken effect ([`Outcome`]), that the message says what
//! happened, that no card number prints, and, for payment-creating and
//! money-moving requests, that exactly one request reached the server
//! whatever the retry policy. Reads are retried by the policy, with bounded
//! backoff.

mod common;

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::http::{Canned, Recorded, read_request};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::error::{ApiErrorBody, Delivery, Error, Outcome, TransportKind};
use worldpay::hal::{Link, Links};
use worldpay::recovery::{Recoverable, Recovered, RecoveryPolicy};
use worldpay::transport::{ClientConfig, Environment, RetryPolicy};

const PAN: &str = "4444333322221111";
const MEDIA: &str = "application/vnd.worldpay.payments-v7+json";

/// What the fault server does with one request, after reading it whole.
#[derive(Clone, Debug)]
enum Fault {
    /// Answers normally (after `delay`).
    Answer(Canned),
    /// Resets the connection (RST) without answering.
    Reset,
    /// Sends the head and part of the body, then resets.
    ResetMidBody { status: u16, declared: usize },
    /// Sends the head declaring `declared` bytes, fewer bytes, then closes
    /// normally.
    Truncate {
        status: u16,
        declared: usize,
        sent: &'static str,
    },
    /// Answers with these exact bytes, then closes.
    Raw(String),
}

/// A loopback server answering each request with the next queued fault;
/// with none queued it answers 599.
struct FaultServer {
    base_url: String,
    hits: Arc<AtomicUsize>,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    queue: Arc<Mutex<VecDeque<Fault>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Closes with a reset rather than an orderly shutdown.
#[allow(deprecated)] // SO_LINGER 0 never blocks: the socket is reset at once.
fn reset(sock: TcpStream) {
    let _ = sock.set_linger(Some(Duration::ZERO));
    drop(sock);
}

impl FaultServer {
    async fn start() -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(AtomicUsize::new(0));
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let queue = Arc::new(Mutex::new(VecDeque::new()));
        let (h, r, q) = (hits.clone(), recorded.clone(), queue.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                let (h, r, q) = (h.clone(), r.clone(), q.clone());
                tokio::spawn(async move {
                    let Some(req) = read_request(&mut sock).await else {
                        return;
                    };
                    h.fetch_add(1, Ordering::SeqCst);
                    r.lock().unwrap().push(req);
                    let fault =
                        q.lock()
                            .unwrap()
                            .pop_front()
                            .unwrap_or(Fault::Answer(Canned::raw(
                                599,
                                "text/plain",
                                "no response queued",
                            )));
                    serve(sock, fault).await;
                });
            }
        });
        FaultServer {
            base_url: format!("http://{addr}"),
            hits,
            recorded,
            queue,
            task,
        }
    }

    fn push(&self, fault: Fault) {
        self.queue.lock().unwrap().push_back(fault);
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    fn requests(&self) -> Vec<Recorded> {
        self.recorded.lock().unwrap().clone()
    }

    fn config(&self) -> ClientConfig {
        ClientConfig::new(Environment::Custom(self.base_url.clone()))
            .credentials(Credentials::basic("merchant-user", "s3cret-pass"))
            .timeout(Duration::from_secs(5))
    }

    /// A config whose policy would retry anything retryable many times, to
    /// show that writes are sent once regardless.
    fn eager_config(&self) -> ClientConfig {
        self.config().retry(fast_retries(5))
    }

    /// Links to this server for every relation a test follows.
    fn links(&self) -> Links {
        let mut links = Links::new();
        for (rel, path) in [
            ("cardPayments:settle", "/payments/settlements/abc"),
            ("cardPayments:events", "/payments/events/abc"),
            (
                "cardPayments:partialSettle",
                "/payments/settlements/partials/abc",
            ),
        ] {
            links.insert(rel, Link::new(format!("{}{path}", self.base_url)));
        }
        links
    }
}

async fn serve(mut sock: TcpStream, fault: Fault) {
    let head = |status: u16, len: usize, ct: Option<&str>| {
        let mut h =
            format!("HTTP/1.1 {status} X\r\ncontent-length: {len}\r\nconnection: close\r\n");
        if let Some(ct) = ct {
            h.push_str(&format!("content-type: {ct}\r\n"));
        }
        h.push_str("\r\n");
        h
    };
    match fault {
        Fault::Answer(c) => {
            tokio::time::sleep(c.delay).await;
            let h = head(c.status, c.body.len(), c.content_type.as_deref());
            let _ = sock.write_all(h.as_bytes()).await;
            let _ = sock.write_all(&c.body).await;
            let _ = sock.shutdown().await;
        }
        Fault::Reset => reset(sock),
        Fault::ResetMidBody { status, declared } => {
            let _ = sock
                .write_all(head(status, declared, Some(MEDIA)).as_bytes())
                .await;
            let _ = sock.write_all(b"{\"outcome\": \"autho").await;
            let _ = sock.flush().await;
            tokio::time::sleep(Duration::from_millis(50)).await;
            reset(sock);
        }
        Fault::Truncate {
            status,
            declared,
            sent,
        } => {
            let _ = sock
                .write_all(head(status, declared, Some(MEDIA)).as_bytes())
                .await;
            let _ = sock.write_all(sent.as_bytes()).await;
            let _ = sock.shutdown().await;
        }
        Fault::Raw(bytes) => {
            let _ = sock.write_all(bytes.as_bytes()).await;
            let _ = sock.shutdown().await;
        }
    }
}

fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(20))
        .max_backoff(Duration::from_millis(80))
        .jitter(false)
}

fn authorize_request() -> types::CustomerInitiatedTransaction {
    let body = common::fixture("card_payments", "authorize.request");
    assert!(
        body.to_string().contains(PAN),
        "the request carries the PAN"
    );
    serde_json::from_value(body).unwrap()
}

fn settle_request() -> types::PaymentsSettle {
    serde_json::from_value(json!({"reference": "settle-1"})).unwrap()
}

fn worldpay_error_body() -> Value {
    json!({"errorName": "internalErrorOccurred", "message": "Something went wrong"})
}

/// The checks every fault shares: the kind, the delivery, the outcome,
/// the message, no card data or credentials anywhere.
fn check(err: &Error, delivery: Delivery, outcome: Outcome, says: &[&str]) {
    let display = err.to_string();
    let debug = format!("{err:?}");
    assert_eq!(err.delivery(), delivery, "{display}");
    assert_eq!(err.outcome(), outcome, "{display}");
    for s in says {
        assert!(display.contains(s), "`{display}` should say `{s}`");
    }
    for text in [&display, &debug] {
        for secret in [PAN, "s3cret-pass", "bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw"] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
        assert_eq!(common::contains_luhn_pan(text), None, "{text}");
    }
}

fn transport_kind(err: &Error) -> TransportKind {
    match err {
        Error::Transport { kind, .. } => *kind,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

// ---- payment-creating and money-moving requests: sent exactly once ----

#[tokio::test]
async fn a_slow_answer_to_an_authorization_times_out_with_the_outcome_unknown() {
    let server = FaultServer::start().await;
    let mut slow = Canned::json(201, &json!({"outcome": "authorized"}));
    slow.delay = Duration::from_secs(3);
    server.push(Fault::Answer(slow));
    let config = server.eager_config().timeout(Duration::from_millis(300));
    let started = Instant::now();
    let err = Client::new(&config)
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "timeout honoured"
    );
    assert_eq!(transport_kind(&err), TransportKind::Timeout);
    check(
        &err,
        Delivery::Unknown,
        Outcome::Unknown,
        &["authorize", "timed out", "may have reached Worldpay"],
    );
    assert_eq!(server.hits(), 1, "an authorization is never retried");
    // The request did reach the server, card number and all.
    assert!(String::from_utf8_lossy(&server.requests()[0].body).contains(PAN));
}

#[tokio::test]
async fn a_reset_before_any_answer_is_not_retried_and_the_outcome_is_unknown() {
    let server = FaultServer::start().await;
    server.push(Fault::Reset);
    server.push(Fault::Answer(Canned::json(
        201,
        &json!({"outcome": "authorized"}),
    )));
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Connection);
    check(
        &err,
        Delivery::Unknown,
        Outcome::Unknown,
        &["authorize", "connection broke", "may have reached Worldpay"],
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1, "sent exactly once");
}

#[tokio::test]
async fn a_reset_in_the_middle_of_the_answer_leaves_the_outcome_unknown() {
    let server = FaultServer::start().await;
    server.push(Fault::ResetMidBody {
        status: 201,
        declared: 500,
    });
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Body);
    check(
        &err,
        Delivery::Received,
        Outcome::Unknown,
        &["authorize", "broke off", "outcome is unknown"],
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_truncated_success_body_leaves_the_settlement_outcome_unknown() {
    let server = FaultServer::start().await;
    server.push(Fault::Truncate {
        status: 202,
        declared: 400,
        sent: "{\"outcome\": \"sentForSettlement\", \"_li",
    });
    let err = Client::new(&server.eager_config())
        .unwrap()
        .settle(&server.links(), settle_request())
        .await
        .unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Body);
    check(
        &err,
        Delivery::Received,
        Outcome::Unknown,
        &["settle", "broke off"],
    );
    assert_eq!(server.hits(), 1);
    assert_eq!(server.requests()[0].path, "/payments/settlements/abc");
}

#[tokio::test]
async fn a_non_json_success_body_is_a_decode_error_keeping_the_body() {
    let server = FaultServer::start().await;
    server.push(Fault::Answer(Canned::raw(
        201,
        "text/plain",
        "OK card 4444333322221111",
    )));
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    check(
        &err,
        Delivery::Received,
        Outcome::Unknown,
        &["authorize", "does not match its schema", "bytes of"],
    );
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    let body = decode.body.as_ref().expect("the body is kept");
    // Kept, with what could be card data masked: a body an error keeps
    // never holds a card number.
    assert_eq!(body.as_bytes(), b"OK card ****************");
    assert_eq!(body.preview(100), "OK card ****************");
    assert_eq!(
        body.content_type(),
        Some("text/plain"),
        "the media type is kept"
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_proxy_html_502_is_an_unexpected_status_that_may_have_been_forwarded() {
    let server = FaultServer::start().await;
    for _ in 0..3 {
        server.push(Fault::Answer(Canned::raw(
            502,
            "text/html; charset=utf-8",
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        )));
    }
    let err = Client::new(&server.eager_config())
        .unwrap()
        .settle(&server.links(), settle_request())
        .await
        .unwrap_err();
    let Error::UnexpectedStatus { status, body, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 502);
    assert!(body.is_html());
    assert!(body.as_bytes().starts_with(b"<html>"));
    check(
        &err,
        Delivery::Unknown,
        Outcome::Unknown,
        &["settle", "502", "text/html"],
    );
    assert_eq!(server.hits(), 1, "a settlement is never retried");
}

#[tokio::test]
async fn a_500_with_worldpays_error_body_was_received_but_may_have_taken_effect() {
    let server = FaultServer::start().await;
    server.push(Fault::Answer(Canned::json(500, &worldpay_error_body())));
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status, 500);
    assert!(api.has_worldpay_body());
    check(
        &err,
        Delivery::Received,
        Outcome::Unknown,
        &["authorize", "500", "internalErrorOccurred"],
    );
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_500_without_worldpays_error_body_is_told_apart() {
    let server = FaultServer::start().await;
    server.push(Fault::Answer(Canned::raw(
        500,
        "text/html",
        "<html>Internal Server Error</html>",
    )));
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert!(!api.has_worldpay_body());
    assert!(matches!(&api.body, ApiErrorBody::Undocumented(raw) if raw.is_html()));
    check(
        &err,
        Delivery::Unknown,
        Outcome::Unknown,
        &["authorize", "500", "undocumented body"],
    );
    assert_eq!(err.kind_name(), "api_undocumented_body");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_503_without_a_body_to_an_authorization_is_not_retried() {
    let server = FaultServer::start().await;
    for _ in 0..3 {
        server.push(Fault::Raw(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nretry-after: 0\r\nconnection: close\r\n\r\n".into(),
        ));
    }
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    // 503 is documented for no Card Payments operation.
    assert!(
        matches!(err, Error::UnexpectedStatus { status: 503, .. }),
        "{err:?}"
    );
    check(&err, Delivery::Unknown, Outcome::Unknown, &["503"]);
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_documented_400_from_worldpay_was_not_carried_out() {
    let server = FaultServer::start().await;
    server.push(Fault::Answer(Canned::json(
        400,
        &json!({"errorName": "bodyDoesNotMatchSchema", "message": "The json body provided does not match the expected schema", "validationErrors": []}),
    )));
    let err = Client::new(&server.eager_config())
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    check(&err, Delivery::Received, Outcome::NotApplied, &["400"]);
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_refused_connection_sent_nothing() {
    // A port nobody listens on: bind, note it, close.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let config = ClientConfig::new(Environment::Custom(format!("http://127.0.0.1:{port}")))
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"))
        .retry(RetryPolicy::none());
    let err = Client::new(&config)
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Connect);
    check(
        &err,
        Delivery::NotSent,
        Outcome::NotApplied,
        &["authorize", "could not connect", "nothing was sent"],
    );
}

#[tokio::test]
async fn an_invalid_request_and_a_link_error_are_not_sent() {
    let server = FaultServer::start().await;
    let c = Client::new(&server.config()).unwrap();
    let err = c
        .partial_settle(
            &server.links(),
            types::PaymentsPartialSettle::builder().reference("has spaces"),
        )
        .await
        .unwrap_err();
    check(&err, Delivery::NotSent, Outcome::NotApplied, &["reference"]);
    let err = c.settle(&Links::new(), settle_request()).await.unwrap_err();
    check(&err, Delivery::NotSent, Outcome::NotApplied, &[]);
    assert_eq!(server.hits(), 0);
}

// ---- reads: retried by the policy ----

#[tokio::test]
async fn a_read_that_fails_twice_then_succeeds_is_retried() {
    let server = FaultServer::start().await;
    server.push(Fault::Reset);
    server.push(Fault::Answer(Canned::raw(
        503,
        "text/html",
        "<html>busy</html>",
    )));
    server.push(Fault::Answer(Canned::json(
        200,
        &json!({"lastEvent": "Authorized"}),
    )));
    let client = Client::new(&server.config().retry(fast_retries(3))).unwrap();
    let events = client.events(&server.links()).await.unwrap();
    assert_eq!(
        serde_json::to_value(&events.last_event).unwrap(),
        json!("Authorized")
    );
    assert_eq!(server.hits(), 3);
    assert!(server.requests().iter().all(|r| r.method == "GET"));
}

#[tokio::test]
async fn a_direct_read_is_retried_too() {
    let server = FaultServer::start().await;
    server.push(Fault::Answer(Canned::raw(
        504,
        "text/html",
        "<html>timeout</html>",
    )));
    server.push(Fault::Answer(Canned::json(
        200,
        &json!({"lastEvent": "Settled"}),
    )));
    let client = Client::new(&server.config().retry(fast_retries(2))).unwrap();
    client.event_recovery("ref-1", "default").await.unwrap();
    assert_eq!(server.hits(), 2);
    assert_eq!(
        server.requests()[1].path,
        "/payments/events?transactionRef=ref-1&entity=default"
    );
}

#[tokio::test]
async fn the_attempt_count_and_backoff_follow_the_policy() {
    let server = FaultServer::start().await;
    for _ in 0..10 {
        server.push(Fault::Answer(Canned::raw(503, "text/plain", "busy")));
    }
    let policy = RetryPolicy::default()
        .max_attempts(4)
        .initial_backoff(Duration::from_millis(40))
        .multiplier(2.0)
        .max_backoff(Duration::from_millis(100))
        .jitter(true);
    let client = Client::new(&server.config().retry(policy)).unwrap();
    let started = Instant::now();
    let err = client.events(&server.links()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(err, Error::UnexpectedStatus { status: 503, .. }),
        "{err:?}"
    );
    // A read changes nothing: its outcome is never in doubt.
    check(&err, Delivery::Unknown, Outcome::NotApplied, &["503"]);
    assert_eq!(server.hits(), 4, "max_attempts attempts in all");
    // Waits of 40, 80 and 100 ms (capped), jitter drawing each from its
    // upper half: at least 110 ms in all, and far from unbounded.
    assert!(elapsed >= Duration::from_millis(110), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn no_retries_with_the_none_policy() {
    let server = FaultServer::start().await;
    server.push(Fault::Reset);
    let client = Client::new(&server.config().retry(RetryPolicy::none())).unwrap();
    let err = client.events(&server.links()).await.unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Connection);
    check(
        &err,
        Delivery::Unknown,
        Outcome::NotApplied,
        &["eventQuery"],
    );
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_429_retry_after_is_honoured_within_the_cap() {
    let server = FaultServer::start().await;
    server.push(Fault::Raw(
        "HTTP/1.1 429 Too Many Requests\r\nretry-after: 1\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".into(),
    ));
    server.push(Fault::Answer(Canned::json(
        200,
        &json!({"lastEvent": "Authorized"}),
    )));
    let client = Client::new(&server.config().retry(fast_retries(3))).unwrap();
    let started = Instant::now();
    client.events(&server.links()).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert_eq!(server.hits(), 2);

    // Asked to wait longer than the cap: the error comes back at once.
    server.push(Fault::Raw(
        "HTTP/1.1 429 Too Many Requests\r\nretry-after: 120\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".into(),
    ));
    let started = Instant::now();
    let err = client.events(&server.links()).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.status(), Some(429));
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn a_slow_answer_within_the_timeout_succeeds() {
    let server = FaultServer::start().await;
    let mut slow = Canned::json(200, &json!({"lastEvent": "Authorized"}));
    slow.delay = Duration::from_millis(300);
    server.push(Fault::Answer(slow));
    let config = server.config().timeout(Duration::from_secs(3));
    let client = Client::new(&config).unwrap();
    let started = Instant::now();
    client.events(&server.links()).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn a_read_timing_out_is_retried_then_reported() {
    let server = FaultServer::start().await;
    for _ in 0..2 {
        let mut slow = Canned::json(200, &json!({"lastEvent": "Authorized"}));
        slow.delay = Duration::from_secs(3);
        server.push(Fault::Answer(slow));
    }
    let config = server
        .config()
        .timeout(Duration::from_millis(200))
        .retry(fast_retries(2));
    let err = Client::new(&config)
        .unwrap()
        .events(&server.links())
        .await
        .unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Timeout);
    check(&err, Delivery::Unknown, Outcome::NotApplied, &["timed out"]);
    assert_eq!(server.hits(), 2);
}

/// A listener whose accept queue is full, so that a new connection's SYN
/// goes unanswered; `None` when the kernel accepts more than it should
/// (then the connect-timeout case cannot be staged here).
async fn blackhole() -> Option<(String, Vec<std::net::TcpStream>)> {
    let socket = tokio::net::TcpSocket::new_v4().ok()?;
    socket.bind("127.0.0.1:0".parse().unwrap()).ok()?;
    let addr = socket.local_addr().ok()?;
    let listener = socket.listen(1).ok()?;
    let mut held = Vec::new();
    for _ in 0..8 {
        match std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(100)) {
            Ok(s) => held.push(s),
            Err(_) => {
                // Full: keep the listener open for the test's duration.
                std::mem::forget(listener);
                return Some((format!("http://{addr}"), held));
            }
        }
    }
    None
}

#[tokio::test]
async fn connecting_to_a_host_that_never_answers_times_out_and_sent_nothing() {
    let Some((base, _held)) = blackhole().await else {
        eprintln!("the kernel accepted every connection: connect-refused covers NotSent");
        return;
    };
    let config = ClientConfig::new(Environment::Custom(base))
        .connect_timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none());
    let started = Instant::now();
    let err = Client::new(&config)
        .unwrap()
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(transport_kind(&err), TransportKind::ConnectTimeout);
    check(
        &err,
        Delivery::NotSent,
        Outcome::NotApplied,
        &["connecting timed out", "nothing was sent"],
    );
}

// ---- the same mapping in the other REST APIs ----

#[tokio::test]
async fn worldpay_online_shares_the_mapping() {
    let server = FaultServer::start().await;
    let config = server.eager_config();
    let client = worldpay::online::Client::new(&config).unwrap();

    // A money-moving request (createOrder), reset: once, outcome unknown.
    server.push(Fault::Reset);
    let order = common::fixture("online", "createOrder.request.card-order");
    let order: worldpay::online::types::OrderRequest = serde_json::from_value(order).unwrap();
    let err = client.create_order(order).await.unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Connection);
    check(&err, Delivery::Unknown, Outcome::Unknown, &["createOrder"]);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1);

    // A DELETE (cancelOrder) against a proxy's 503: once.
    server.push(Fault::Answer(Canned::raw(
        503,
        "text/html",
        "<html>down</html>",
    )));
    let err = client.cancel_order("order-1").await.unwrap_err();
    check(
        &err,
        Delivery::Unknown,
        Outcome::Unknown,
        &["cancelOrder", "503"],
    );
    assert_eq!(server.hits(), 2);

    // A read (getOrder): retried past a 502.
    server.push(Fault::Answer(Canned::raw(
        502,
        "text/html",
        "<html>bad gateway</html>",
    )));
    let order = common::fixture("online", "getOrder.200.card-order");
    let mut ok = Canned::json(200, &order);
    ok.content_type = Some("application/json".into());
    server.push(Fault::Answer(ok));
    client.get_order("order-1").await.unwrap();
    assert_eq!(server.hits(), 4);
}

#[tokio::test]
async fn payments_v6_shares_the_mapping() {
    let server = FaultServer::start().await;
    let client = worldpay::payments::Client::new(&server.eager_config()).unwrap();
    let mut links = Links::new();
    links.insert(
        "payments:settle",
        Link::new(format!("{}/payments/settlements/full/abc", server.base_url)),
    );
    server.push(Fault::Reset);
    let err = client.settle(&links).await.unwrap_err();
    assert_eq!(transport_kind(&err), TransportKind::Connection);
    check(&err, Delivery::Unknown, Outcome::Unknown, &["settle"]);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.hits(), 1);
}

// ---- tracing ----

#[tokio::test]
async fn requests_are_traced_without_secrets_or_query_strings() {
    let capture = common::capture::Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(capture.clone())
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .finish();
    // Global: a scoped subscriber misses callsites another test thread
    // registered first. Other tests' events land here too, and must be as
    // clean.
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let server = FaultServer::start().await;
    server.push(Fault::Reset);
    server.push(Fault::Answer(Canned::json(
        200,
        &json!({"lastEvent": "Authorized"}),
    )));
    server.push(Fault::Answer(Canned::json(500, &worldpay_error_body())));
    let client = Client::new(&server.config().retry(fast_retries(2))).unwrap();
    client
        .event_recovery("secret-ref-77", "default")
        .await
        .unwrap();
    client.authorize(authorize_request()).await.unwrap_err();

    let log = capture.text();
    let line = |parts: &[&str]| {
        assert!(
            log.lines()
                .any(|l| l.contains("worldpay::http") && parts.iter().all(|p| l.contains(p))),
            "no event with {parts:?} in:\n{log}"
        )
    };
    let recovery = [
        "operation=\"eventRecovery\"",
        "method=\"GET\"",
        "path=\"/payments/events\"",
    ];
    line(&[&recovery[..], &["sending request", "attempt=1"]].concat());
    line(
        &[
            &recovery[..],
            &[
                "request failed",
                "error=\"connection\"",
                "delivery=may have reached Worldpay",
                "outcome=not carried out",
                "elapsed_ms=",
            ],
        ]
        .concat(),
    );
    line(&[&recovery[..], &["retrying read", "backoff_ms=20"]].concat());
    line(
        &[
            &recovery[..],
            &["answer received", "attempt=2", "status=200", "elapsed_ms="],
        ]
        .concat(),
    );
    line(&[
        "WARN",
        "operation=\"authorize\"",
        "method=\"POST\"",
        "path=\"/cardPayments/customerInitiatedTransactions\"",
        "request failed",
        "status=500",
        "delivery=received by Worldpay",
        "outcome=outcome unknown",
    ]);
    for secret in [
        PAN,
        "s3cret-pass",
        "merchant-user",
        "bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw",
        "secret-ref-77",
        "transactionReference",
        "internalErrorOccurred",
        "authorization",
    ] {
        assert!(!log.contains(secret), "`{secret}` in the log:\n{log}");
    }
    assert_eq!(common::contains_luhn_pan(&log), None);
}

// ---- the documented recovery path, against the simulator ----

/// Forwards one request to `target` whole, waits for its answer, then
/// resets the client's connection: the request is carried out, the answer
/// lost.
async fn answer_losing_proxy(target: String) -> (String, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let Ok((mut client, _)) = listener.accept().await else {
            return;
        };
        let raw = read_raw(&mut client).await;
        let mut upstream = TcpStream::connect(target.trim_start_matches("http://"))
            .await
            .unwrap();
        upstream.write_all(&raw).await.unwrap();
        let answer = read_raw(&mut upstream).await;
        assert!(
            answer.starts_with(b"HTTP/1.1 201"),
            "the simulator authorized"
        );
        reset(client);
    });
    (format!("http://{addr}"), task)
}

/// Reads one HTTP message (head and `content-length` body), raw.
async fn read_raw(sock: &mut TcpStream) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + len {
                return buf;
            }
        }
        let n = sock.read(&mut chunk).await.unwrap();
        if n == 0 {
            return buf;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[tokio::test]
async fn the_recovery_path_finds_an_authorization_whose_answer_was_lost() {
    let sim = worldpay::sim::Simulator::start().await.unwrap();
    let (proxy, task) = answer_losing_proxy(sim.base_url().to_string()).await;
    let lossy = ClientConfig::new(Environment::Custom(proxy)).credentials(sim.credentials());
    let request = authorize_request();

    let err = Client::new(&lossy)
        .unwrap()
        .authorize(request.clone())
        .await
        .unwrap_err();
    assert_eq!(err.outcome(), Outcome::Unknown, "{err}");
    task.await.unwrap();

    // The README's recovery: ask for the payment by the request's own
    // transaction reference and entity, across Worldpay's delay. Here the
    // payment becomes visible to the query 1.5 s after it was taken.
    sim.set_recovery_delay(Duration::from_millis(1500));
    let patient = sim.client_config().recovery(
        RecoveryPolicy::default()
            .window(Duration::from_secs(10))
            .first_wait(Duration::from_millis(100))
            .max_wait(Duration::from_millis(400)),
    );
    let client = Client::new(&patient).unwrap();
    // One query at once: not there yet. A 404 is no proof of anything.
    let err = client
        .event_recovery(request.transaction_reference(), request.entity())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err}");
    let started = Instant::now();
    let Recovered::Found(found) = client.recover(&request).await.unwrap() else {
        panic!("the payment was taken: recovery must find it");
    };
    assert!(started.elapsed() >= Duration::from_millis(1000));
    assert_eq!(
        serde_json::to_value(&found.last_event).unwrap(),
        json!("Authorized")
    );
    // The recovered answer offers the payment's next actions: settle it
    // through its link (written `payments:settle`, as Worldpay's page shows).
    assert!(found.links.contains("payments:settle"));
    client.settle(&found, settle_request()).await.unwrap();
    let Recovered::Found(after) = client.recover(&request).await.unwrap() else {
        panic!("still there");
    };
    assert_eq!(
        serde_json::to_value(&after.last_event).unwrap(),
        json!("Sent for Settlement")
    );

    // A reference Worldpay never saw: not found, but only after the whole
    // window, asked several times.
    let quick = sim.client_config().recovery(
        RecoveryPolicy::default()
            .window(Duration::from_millis(300))
            .first_wait(Duration::from_millis(100)),
    );
    let started = Instant::now();
    let answer = Client::new(&quick)
        .unwrap()
        .recover_by("never-sent-ref", "default")
        .await
        .unwrap();
    let Recovered::NotFound { attempts, waited } = answer else {
        panic!("nothing to find: {answer:?}");
    };
    assert!(attempts >= 3, "{attempts}");
    assert_eq!(waited, Duration::from_millis(300));
    assert!(started.elapsed() >= Duration::from_millis(300));

    // A reference or entity that could not be Worldpay's is refused before
    // sending, naming the query parameter.
    let err = client.event_recovery("", "default").await.unwrap_err();
    check(
        &err,
        Delivery::NotSent,
        Outcome::NotApplied,
        &["transactionRef", "required"],
    );
    let err = client
        .event_recovery("ref", &"e".repeat(33))
        .await
        .unwrap_err();
    check(
        &err,
        Delivery::NotSent,
        Outcome::NotApplied,
        &["entity", "32"],
    );
}
