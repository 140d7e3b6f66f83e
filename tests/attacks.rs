//! The crate attacked through its public API, against loopback servers
//! standing in for Worldpay, another origin, a proxy and a hostile server:
//! one test per attack, those that held before and those fixed since, so
//! that none comes back. (A proxy named by the environment is tried in
//! `tests/proxy_env.rs`, which sets process-wide variables.)

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::http::{Canned, Server};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::error::{ApiErrorBody, Delivery, Error, Outcome};
use worldpay::hal::{Link, LinkError, Links};
use worldpay::transport::{ClientConfig, Environment, RetryPolicy};

const USER: &str = "merchant-user";
const PASSWORD: &str = "s3cret-pass";
/// `base64("merchant-user:s3cret-pass")`, the Basic value on the wire.
const BASIC: &str = "bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw==";

fn config(base: &str) -> ClientConfig {
    ClientConfig::new(Environment::Custom(base.to_string()))
        .credentials(Credentials::basic(USER, PASSWORD))
}

fn client(base: &str) -> Client {
    Client::new(&config(base)).unwrap()
}

fn links(rel: &str, href: &str) -> Links {
    let mut l = Links::new();
    l.insert(rel, Link::new(href));
    l
}

fn authorize_request() -> types::CustomerInitiatedTransaction {
    serde_json::from_value(common::fixture("card_payments", "authorize.request")).unwrap()
}

// ---------------------------------------------------------------------------
// Link paths

#[tokio::test]
async fn an_encoded_settle_link_cannot_reach_a_refund_or_a_partial_settle() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    for (href, matched) in [
        ("/payments/settlements/%72efunds/full/abc", "refund"),
        ("/payments/settlements/refunds/%66ull/abc", "refund"),
        ("/payments/settlements/%70artials/abc", "partialSettlement"),
        ("/payments/settlements/%52efunds/full/abc", "settle"),
    ] {
        let r = c
            .settle(
                &links("cardPayments:settle", href),
                types::PaymentsSettle::default(),
            )
            .await;
        match r {
            // `%52` is an upper-case R: not a refund to us, a refund to a
            // server that ignores case.
            Err(Error::Link(LinkError::AmbiguousPath { .. })) if matched == "settle" => {}
            Err(Error::Link(LinkError::PathMismatch {
                matched: Some(m), ..
            })) => assert_eq!(m, matched, "{href}"),
            other => panic!("{href}: {other:?}"),
        }
    }
    // Cancel is a prefix of partial cancel too.
    let r = c
        .cancel(
            &links(
                "cardPayments:cancel",
                "/payments/authorizations/cancellations/%70artials/abc",
            ),
            types::PaymentsCancel::default(),
        )
        .await;
    assert!(
        matches!(
            r,
            Err(Error::Link(LinkError::PathMismatch {
                matched: Some("partialCancel"),
                ..
            }))
        ),
        "{r:?}"
    );
    assert!(server.take().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn a_path_a_server_may_read_otherwise_is_refused() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    for href in [
        "/payments/settlements/refunds%2Ffull/abc",
        "/payments/settlements/refunds%2ffull/abc",
        "/payments/settlements/refunds%5Cfull/abc",
        "/payments/settlements//refunds/full/abc",
        "/payments//settlements/abc",
        "/payments/settlements;jsessionid=1/abc",
        "/payments/settlements/abc;x",
        "/payments/settlements/%3Babc",
        "/payments/settlements/%00abc",
        "/payments/Settlements/Refunds/full/abc",
        "/PAYMENTS/SETTLEMENTS/abc",
        "/payments/settlements/%2e%2e/settlements/refunds/full/abc",
    ] {
        let r = c
            .settle(
                &links("cardPayments:settle", href),
                types::PaymentsSettle::default(),
            )
            .await;
        assert!(
            matches!(
                r,
                Err(Error::Link(
                    LinkError::AmbiguousPath { .. } | LinkError::PathMismatch { .. }
                ))
            ),
            "{href}: {r:?}"
        );
    }
    assert!(server.take().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn an_encoded_unreserved_character_is_sent_decoded() {
    let server = Server::start().await;
    server.respond(Canned::json(202, &json!({})));
    client(&server.base_url)
        .settle(
            &links(
                "cardPayments:settle",
                "/payments/settlements/full/ab%2Dc%7Ed%3D",
            ),
            types::PaymentsSettle::default(),
        )
        .await
        .unwrap();
    // What was checked is what was sent.
    assert_eq!(
        server.take()[0].path,
        "/payments/settlements/full/ab-c~d%3D"
    );
}

#[tokio::test]
async fn no_spelling_of_another_origin_is_followed() {
    // Refused before anything is sent: were one followed, the client would
    // try to reach the host and fail with a transport error instead.
    let c = client("https://try.access.worldpay.com");
    let spellings = [
        "https://evil.example/payments/events/x",
        "http://evil.example/payments/events/x",
        "HTTPS://EVIL.EXAMPLE/payments/events/x",
        "https://evil.example:443/payments/events/x",
        "//evil.example/payments/events/x",
        "///evil.example/payments/events/x",
        "\\\\evil.example/payments/events/x",
        "/\\evil.example/payments/events/x",
        "\\/evil.example/payments/events/x",
        " https://evil.example/payments/events/x",
        "https://evil.example\t/payments/events/x",
        "https://ev\nil.example/payments/events/x",
        "http://try.access.worldpay.com/payments/events/x",
        "http://try.access.worldpay.com:443/payments/events/x",
        "https://try.access.worldpay.com:444/payments/events/x",
        "https://try.access.worldpay.com./payments/events/x",
        "https://try.access.worldpay.com.:443/payments/events/x",
        "https://try.access.worldpay.com.evil.example/payments/events/x",
        "https://try.access.worldpay.com%2eevil.example/payments/events/x",
        "https://try.access.worldpay.com%2F@evil.example/payments/events/x",
        "https://try.access.worldpay.com%40evil.example/payments/events/x",
        "https://try.access.worldpay.com%00.evil.example/payments/events/x",
        "https://try.access.worldpay.com@evil.example/payments/events/x",
        "https://try.access.worldpay.com:443@evil.example/payments/events/x",
        "//try.access.worldpay.com@evil.example/payments/events/x",
        "https://evil.example#@try.access.worldpay.com/payments/events/x",
        "https://evil.example?@try.access.worldpay.com/payments/events/x",
        "https://evil.example\\@try.access.worldpay.com/payments/events/x",
        "https://user:pass@try.access.worldpay.com/payments/events/x",
        "https://evil.example%2F@try.access.worldpay.com/payments/events/x",
        "https://evil.example/https://try.access.worldpay.com/payments/events/x",
        "https://access.worldpay.com/payments/events/x",
        "https://try.access.worldpay.co/payments/events/x",
        "https://try-access-worldpay.com/payments/events/x",
        "https://try.access.w\u{43e}rldpay.com/payments/events/x",
        "https://try.access.worldpay.com\u{3002}evil.example/payments/events/x",
        "https://evil\u{ff0e}example/payments/events/x",
        "https://\u{ff45}\u{ff56}\u{ff49}\u{ff4c}.example/payments/events/x",
        "https://xn--tr-access-worldpay-7ob.com/payments/events/x",
        "https://127.0.0.1/payments/events/x",
        "https://0x7f.0.0.1/payments/events/x",
        "https://2130706433/payments/events/x",
        "https://0177.0.0.1/payments/events/x",
        "https://127.1/payments/events/x",
        "https://[::1]/payments/events/x",
        "https://[::ffff:127.0.0.1]/payments/events/x",
        "ws://try.access.worldpay.com/payments/events/x",
        "wss://try.access.worldpay.com/payments/events/x",
        "ftp://try.access.worldpay.com/payments/events/x",
        "file:///etc/passwd",
        "data:text/plain,x",
        "javascript:alert(1)",
        "mailto:x@try.access.worldpay.com",
    ];
    assert!(spellings.len() >= 51);
    for href in spellings {
        let r = c.events(&links("cardPayments:events", href)).await;
        assert!(
            matches!(r, Err(Error::Link(_))),
            "{href:?} was not refused as a link: {r:?}"
        );
        let e = r.unwrap_err();
        assert_eq!(e.delivery(), Delivery::NotSent, "{href:?}");
    }
}

// ---------------------------------------------------------------------------
// Redirects and retries

/// A listener that counts connections and answers nothing.
async fn counting_listener() -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    let task = tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            c.fetch_add(1, Ordering::SeqCst);
            drop(sock);
        }
    });
    (url, count, task)
}

#[tokio::test]
async fn a_redirect_is_never_followed_and_credentials_never_go_elsewhere() {
    let (elsewhere, hits, task) = counting_listener().await;
    let server = Server::start().await;
    for status in [301, 302, 303, 307, 308] {
        // The test server writes the media type as given: a second header
        // line rides along.
        server.respond(Canned {
            delay: Duration::ZERO,
            status,
            content_type: Some(format!(
                "text/plain\r\nlocation: {elsewhere}/payments/events/x"
            )),
            body: b"moved".to_vec(),
        });
        // Even a read with unlimited retries: a redirect is an answer.
        let c = Client::new(
            &config(&server.base_url).retry(
                RetryPolicy::default()
                    .max_attempts(u32::MAX)
                    .initial_backoff(Duration::ZERO),
            ),
        )
        .unwrap();
        let r = c
            .events(&links("cardPayments:events", "/payments/events/abc"))
            .await;
        let e = r.unwrap_err();
        assert_eq!(e.status(), Some(status), "{e}");
    }
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "nothing reached the other host"
    );
    assert_eq!(
        server.take().len(),
        5,
        "each redirect answered once, not retried"
    );
    task.abort();
}

#[tokio::test]
async fn no_write_is_ever_sent_twice_even_with_unlimited_retries() {
    let server = Server::start().await;
    let unlimited = RetryPolicy::default()
        .max_attempts(u32::MAX)
        .initial_backoff(Duration::ZERO)
        .max_backoff(Duration::ZERO)
        .jitter(false);
    let c = Client::new(&config(&server.base_url).retry(unlimited)).unwrap();
    for status in [500, 502, 503, 504, 429] {
        server.respond(Canned::raw(status, "text/html", "<html>busy</html>"));
    }
    c.authorize(authorize_request()).await.unwrap_err();
    let settle = links("cardPayments:settle", "/payments/settlements/full/abc");
    c.settle(&settle, types::PaymentsSettle::default())
        .await
        .unwrap_err();
    let refund = links(
        "cardPayments:refund",
        "/payments/settlements/refunds/full/abc",
    );
    c.refund(&refund, types::PaymentsRefund::default())
        .await
        .unwrap_err();
    let cancel = links(
        "cardPayments:cancel",
        "/payments/authorizations/cancellations/abc",
    );
    c.cancel(&cancel, types::PaymentsCancel::default())
        .await
        .unwrap_err();
    let reverse = links("cardPayments:reverse", "/payments/sales/reversals/abc");
    c.reverse(&reverse).await.unwrap_err();
    let sent = server.take();
    assert_eq!(sent.len(), 5, "one attempt per write");
    assert!(sent.iter().all(|r| r.method == "POST"));
}

// ---------------------------------------------------------------------------
// Bodies

/// A server whose every answer is `head` followed by `chunk` repeated
/// until the client hangs up (or `total` bytes were written); counts what
/// it wrote.
async fn streaming_server(
    head: String,
    chunk: Vec<u8>,
    total: usize,
) -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicUsize::new(0));
    let w = written.clone();
    let task = tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let (head, chunk, w) = (head.clone(), chunk.clone(), w.clone());
            tokio::spawn(async move {
                let mut buf = [0u8; 65536];
                let _ = sock.read(&mut buf).await;
                if sock.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let mut sent = 0;
                while sent < total {
                    if sock.write_all(&chunk).await.is_err() {
                        return;
                    }
                    sent += chunk.len();
                    w.fetch_add(chunk.len(), Ordering::SeqCst);
                }
            });
        }
    });
    (url, written, task)
}

const MIB: usize = 1 << 20;

#[tokio::test]
async fn a_success_body_announced_too_large_is_not_read() {
    let head = format!(
        "HTTP/1.1 201 Created\r\ncontent-type: application/vnd.worldpay.payments-v7+json\r\ncontent-length: {}\r\n\r\n",
        1u64 << 30
    );
    let (url, written, task) = streaming_server(head, vec![b' '; 64 * 1024], 1 << 30).await;
    let started = Instant::now();
    let e = client(&url)
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::TooLarge {
                operation: "authorize",
                status: 201,
                declared: Some(1_073_741_824),
                ..
            }
        ),
        "{e:?}"
    );
    // The authorization may have been taken.
    assert_eq!(e.delivery(), Delivery::Received);
    assert_eq!(e.outcome(), Outcome::Unknown);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(written.load(Ordering::SeqCst) < 64 * MIB, "not read whole");
    task.abort();
}

#[tokio::test]
async fn a_success_body_growing_too_large_is_cut_off() {
    // Chunked: no length announced. The link-followed path, then a direct
    // one, with a small configured cap.
    let head = "HTTP/1.1 202 Accepted\r\ncontent-type: application/vnd.worldpay.payments-v7+json\r\ntransfer-encoding: chunked\r\n\r\n".to_string();
    let mut chunk = format!("{:x}\r\n", 32 * 1024).into_bytes();
    chunk.extend(std::iter::repeat_n(b' ', 32 * 1024));
    chunk.extend_from_slice(b"\r\n");
    let (url, written, task) = streaming_server(head, chunk.clone(), 1 << 30).await;
    let c = Client::new(&config(&url).max_response_size(MIB)).unwrap();
    let e = c
        .settle(
            &links(
                "cardPayments:settle",
                &format!("{url}/payments/settlements/full/abc"),
            ),
            types::PaymentsSettle::default(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::TooLarge {
                operation: "settle",
                limit: MIB,
                declared: None,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.outcome(), Outcome::Unknown);
    assert!(written.load(Ordering::SeqCst) < 64 * MIB, "not read whole");
    task.abort();
    // A read: too large is refused all the same, and nothing was changed.
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/vnd.worldpay.payments-v7+json\r\ntransfer-encoding: chunked\r\n\r\n".to_string();
    let (url, _, task) = streaming_server(head, chunk, 1 << 30).await;
    let c = Client::new(&config(&url).max_response_size(MIB)).unwrap();
    let e = c
        .events(&links("cardPayments:events", "/payments/events/abc"))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::TooLarge { .. }), "{e:?}");
    assert_eq!(e.outcome(), Outcome::NotApplied);
    task.abort();
}

#[tokio::test]
async fn an_error_body_is_kept_to_a_mebibyte_and_nesting_is_bounded() {
    let head = format!(
        "HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\r\n",
        100 * MIB
    );
    let (url, written, task) = streaming_server(head, vec![b'x'; 64 * 1024], 100 * MIB).await;
    let e = client(&url)
        .authorize(authorize_request())
        .await
        .unwrap_err();
    let Error::Api(api) = &e else { panic!("{e:?}") };
    let ApiErrorBody::Undocumented(raw) = &api.body else {
        panic!("{e:?}")
    };
    assert_eq!(raw.as_bytes().len(), worldpay::error::RawBody::MAX_LEN);
    assert!(written.load(Ordering::SeqCst) < 50 * MIB);
    task.abort();

    // A success body nested 100,000 deep is a decode error, not a crash.
    let server = Server::start().await;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    server.respond(Canned::raw(
        201,
        "application/vnd.worldpay.payments-v7+json",
        &deep,
    ));
    let e = client(&server.base_url)
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Decode(_)), "{e:?}");
}

// ---------------------------------------------------------------------------
// What a server's text may repeat

#[tokio::test]
async fn an_error_body_echoing_credentials_and_card_data_is_masked() {
    let server = Server::start().await;
    let echo = format!(
        "Authorization: Basic {BASIC} for {USER}/{PASSWORD}; cvc=123; \"cvc\": \"737\"; cards \
         4444.3333.2222.1111, 4444/3333/2222/1111, 4444_3333_2222_1111, 4444  3333  2222  1111, \
         4444\u{a0}3333\u{a0}2222\u{a0}1111, 4444 - 3333 - 2222 - 1111"
    );
    for status in [400, 401, 404, 415, 500] {
        server.respond(Canned::json(
            status,
            &json!({"errorName": "accessDenied", "message": echo, "validationErrors": [
                {"errorName": "fieldHasInvalidValue", "message": echo, "jsonPath": "$.x"}
            ]}),
        ));
        let e = client(&server.base_url)
            .authorize(authorize_request())
            .await
            .unwrap_err();
        let shown = format!("{e} {e:?} {e:#?}");
        for secret in [BASIC, USER, PASSWORD, "=123", "737", "4444", "3333", "1111"] {
            assert!(!shown.contains(secret), "{status}: {secret} in {shown}");
        }
    }
    // An undocumented body (a proxy's page), and its media type, which may
    // carry anything: only `type/subtype` is kept.
    server.respond(Canned {
        delay: Duration::ZERO,
        status: 502,
        content_type: Some("text/html; card=4444333322221111; auth=Basic bWVy".into()),
        body: format!("<html>{echo}</html>").into_bytes(),
    });
    let e = client(&server.base_url)
        .authorize(authorize_request())
        .await
        .unwrap_err();
    let Error::UnexpectedStatus { body, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(body.content_type(), Some("text/html"));
    let kept = String::from_utf8_lossy(body.as_bytes()).to_string();
    for secret in [BASIC, PASSWORD] {
        assert!(!kept.contains(secret), "{secret} kept in the raw body");
    }
    let shown = format!("{e} {e:?} {}", body.preview(4096));
    for secret in [BASIC, PASSWORD, "4444", "Basic bWVy"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
}

#[tokio::test]
async fn a_bearer_token_and_a_service_key_echoed_are_masked() {
    let server = Server::start().await;
    let token = "tok-VERY-secret-0001";
    server.respond(Canned::json(
        401,
        &json!({"errorName": "accessDenied", "message": format!("Bearer {token} is not valid")}),
    ));
    let vp = worldpay::verified_payments::Client::new(
        &ClientConfig::new(Environment::Custom(server.base_url.clone()))
            .credentials(Credentials::bearer(token)),
    )
    .unwrap();
    let e = vp.verified_payments_root().await.unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains(token), "{shown}");

    let key = "T_S_service-key-0001";
    server.respond(Canned::json(
        401,
        &json!({"httpStatusCode": 401, "customCode": "UNAUTHORIZED", "message": format!("key {key}"), "description": key}),
    ));
    let online = worldpay::online::Client::new(
        &ClientConfig::new(Environment::Custom(server.base_url.clone()))
            .credentials(Credentials::service_key(key)),
    )
    .unwrap();
    let e = online.get_order("order-1").await.unwrap_err();
    let shown = format!("{e} {e:?}");
    assert!(!shown.contains(key), "{shown}");
}

// ---------------------------------------------------------------------------
// Base URLs

#[tokio::test]
async fn userinfo_in_a_base_url_is_refused_and_never_printed() {
    let env = Environment::Custom("http://user:hunter2-secret@127.0.0.1:9".into());
    let config = ClientConfig::new(env.clone()).credentials(Credentials::basic(USER, PASSWORD));
    let shown = format!("{env:?} {config:?} {config:#?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(!shown.contains("user:"), "{shown}");
    let e = Client::new(&config).unwrap_err();
    let text = format!("{e} {e:?}");
    assert!(matches!(e, Error::Config(_)), "{text}");
    assert!(text.contains("user name or password"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    // A user name alone, too.
    let e = Client::new(&ClientConfig::new(Environment::Custom(
        "https://someone@try.access.worldpay.com".into(),
    )))
    .unwrap_err();
    assert!(!format!("{e}").contains("someone"), "{e}");
}

#[tokio::test]
async fn plain_http_is_refused_off_loopback() {
    for base in [
        "http://try.access.worldpay.com",
        "http://10.0.0.1",
        "http://127.0.0.1.evil.example",
    ] {
        let e = Client::new(&ClientConfig::new(Environment::Custom(base.into()))).unwrap_err();
        assert!(e.to_string().contains("plain http"), "{base}: {e}");
    }
}

// ---------------------------------------------------------------------------
// Certificates

/// A TLS server on loopback with a self-signed certificate no trust store
/// holds; records whether any request arrived through it.
fn untrusted_tls_server() -> (u16, Arc<AtomicUsize>) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tls");
    let certs = CertificateDer::pem_file_iter(dir.join("untrusted.cert.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(dir.join("untrusted.key.pem")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(AtomicUsize::new(0));
    let r = requests.clone();
    std::thread::spawn(move || {
        for sock in listener.incoming() {
            let Ok(mut sock) = sock else { continue };
            let mut conn = rustls::ServerConnection::new(tls.clone()).unwrap();
            let mut stream = rustls::Stream::new(&mut conn, &mut sock);
            let mut buf = [0u8; 1024];
            if let Ok(n) = std::io::Read::read(&mut stream, &mut buf)
                && n > 0
            {
                r.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
    (port, requests)
}

#[tokio::test]
async fn an_untrusted_certificate_is_refused_before_anything_is_sent() {
    let (port, requests) = untrusted_tls_server();
    let e = client(&format!("https://localhost:{port}"))
        .authorize(authorize_request())
        .await
        .unwrap_err();
    assert_eq!(e.delivery(), Delivery::NotSent, "{e:?}");
    assert_eq!(e.outcome(), Outcome::NotApplied);
    assert_eq!(
        requests.load(Ordering::SeqCst),
        0,
        "no request went through"
    );
}

// ---------------------------------------------------------------------------
// Logging payloads

#[test]
fn redact_json_redacts_what_the_typed_values_redact() {
    // Worldpay Online calls the cardholder `name`: bound by schema, not by
    // a name that is card data everywhere.
    let mut order = common::fixture("online", "createOrder.request.card-order");
    order["paymentMethod"] = json!({
        "type": "Card", "name": "Jane Cardholder", "cardNumber": "4444333322221111",
        "expiryMonth": 5, "expiryYear": 2035, "cvc": "123"
    });
    let typed: worldpay::online::types::OrderRequest =
        serde_json::from_value(order.clone()).unwrap();
    assert!(!format!("{typed:?}").contains("Jane Cardholder"));
    worldpay::sensitive::redact_json(&mut order);
    assert_eq!(
        order["paymentMethod"]["name"],
        worldpay::sensitive::REDACTED
    );
    // The same with Online's paths alone.
    let mut again = common::fixture("online", "getOrder.200.card-order");
    worldpay::sensitive::redact_json_with(&mut again, worldpay::online::SENSITIVE_PATHS);
    assert_eq!(
        again["paymentResponse"]["name"],
        worldpay::sensitive::REDACTED
    );
    // Both ways, for every fixture of every API: a string the typed Debug
    // hides is redacted by `redact_json`, and one `redact_json` redacts is
    // hidden by the typed Debug.
    for dir in ["card_payments", "payments", "verified_payments", "online"] {
        for name in common::fixture_names(dir) {
            let raw = common::fixture(dir, &name);
            let decoded = common::typed::decode_fixture(dir, &name);
            let mut redacted = raw.clone();
            worldpay::sensitive::redact_json(&mut redacted);
            let mut leaves = Vec::new();
            strings(&raw, &redacted, &mut leaves);
            let keys = raw.to_string().to_ascii_lowercase();
            for (value, was_redacted) in leaves {
                // Plain values only: `Debug` escapes the others; and none
                // that is also a property name (`"name": "name"`), which
                // `Debug` shows as a label.
                if value.len() < 4
                    || !value.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
                    || keys.contains(&format!("\"{}\":", value.to_ascii_lowercase()))
                {
                    continue;
                }
                // An enum value shows as its variant (`Mastercard`,
                // `SentForSettlement`): compared without case and spaces.
                let debug = decoded.debug.to_ascii_lowercase();
                let hidden = !debug.contains(&value.to_ascii_lowercase())
                    && !debug.contains(&value.replace(' ', "").to_ascii_lowercase());
                assert_eq!(
                    hidden, was_redacted,
                    "{dir}/{name}: `{value}` hidden by Debug: {hidden}, by redact_json: {was_redacted}"
                );
            }
        }
    }
}

/// Every string leaf of `raw`, and whether `redacted` redacted it.
fn strings(raw: &serde_json::Value, redacted: &serde_json::Value, out: &mut Vec<(String, bool)>) {
    match (raw, redacted) {
        (serde_json::Value::String(s), r) => {
            out.push((s.clone(), r.as_str() == Some(worldpay::sensitive::REDACTED)))
        }
        (serde_json::Value::Object(m), serde_json::Value::Object(r)) => {
            for (k, v) in m {
                strings(v, &r[k], out);
            }
        }
        (serde_json::Value::Array(a), serde_json::Value::Array(r)) => {
            for (v, w) in a.iter().zip(r) {
                strings(v, w, out);
            }
        }
        (_, serde_json::Value::String(s)) if s == worldpay::sensitive::REDACTED => {}
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// The simulator

#[tokio::test]
async fn the_simulator_refuses_an_increase_that_would_overflow() {
    let sim = worldpay::sim::Simulator::start().await.unwrap();
    let c = Client::new(&sim.client_config()).unwrap();
    let mut request = common::fixture("card_payments", "authorize.request");
    request["instruction"]["value"]["estimated"] = json!(true);
    let types::AuthorizeResponse::Authorized(a) = c
        .authorize(serde_json::from_value::<types::CustomerInitiatedTransaction>(request).unwrap())
        .await
        .unwrap()
    else {
        panic!()
    };
    let stored = a.links.clone();
    for amount in [i64::MAX, i64::MAX - 1] {
        let r = c
            .increase_authorized_amount(
                &stored,
                serde_json::from_value::<types::PaymentsIncreaseAuthorize>(
                    json!({"value": {"amount": amount, "currency": "GBP"}}),
                )
                .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(r.tag(), "refused", "{amount}");
    }
    // The authorization is as it was: an increase within the limit works.
    let r = c
        .increase_authorized_amount(
            &stored,
            serde_json::from_value::<types::PaymentsIncreaseAuthorize>(
                json!({"value": {"amount": 100, "currency": "GBP"}}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(r.tag(), "authorized");
}

#[tokio::test]
async fn the_simulator_listens_on_loopback_only() {
    let sim = worldpay::sim::Simulator::start().await.unwrap();
    let url = url::Url::parse(sim.base_url()).unwrap();
    assert_eq!(url.host_str(), Some("127.0.0.1"));
    let port = url.port().unwrap();
    // Reaching it by another local address fails: find one without sending
    // anything (a UDP "connection" only picks the outgoing address).
    let other = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").map(|()| s))
        .and_then(|s| s.local_addr());
    if let Ok(addr) = other
        && !addr.ip().is_loopback()
        && !addr.ip().is_unspecified()
    {
        let r = tokio::time::timeout(
            Duration::from_secs(2),
            tokio::net::TcpStream::connect((addr.ip(), port)),
        )
        .await;
        assert!(!matches!(r, Ok(Ok(_))), "reachable at {}:{port}", addr.ip());
    }
}

// ---------------------------------------------------------------------------
// IPS Cloud

#[cfg(feature = "ips-cloud")]
mod ips_cloud {
    use super::*;
    use worldpay::ips_cloud::session::SessionError;
    use worldpay::ips_cloud::{Client, IpsConfig, IpsError, LicenceKey, PaypointRef, Server};

    fn ips(url: &str) -> Client {
        Client::new(
            IpsConfig::new(
                Server::Custom(url.to_string()),
                PaypointRef::new("INST001").unwrap(),
            )
            .licence_key(LicenceKey::new("eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.c2ln")),
        )
    }

    fn session_error(e: &IpsError) -> &SessionError {
        match e {
            IpsError::Session { source, .. } => source,
            other => panic!("expected a session error before sending, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn plain_ws_off_loopback_is_refused_before_connecting() {
        let (listener_url, hits, task) = counting_listener().await;
        for url in [
            "ws://ipscloud.worldpay.com:443",
            "ws://10.255.255.1:1",
            "ws://127.0.0.1.evil.example",
            "http://127.0.0.1:1",
            "ftp://127.0.0.1:1",
            "ws://user:secret@127.0.0.1:1",
            "wss://user:secret@ipscloud.worldpay.com",
        ] {
            let started = Instant::now();
            let e = ips(url).service_status().await.unwrap_err();
            assert!(
                matches!(session_error(&e), SessionError::InvalidUrl { .. }),
                "{url}: {e:?}"
            );
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "{url}: it connected"
            );
            let shown = format!("{e} {e:?}");
            assert!(!shown.contains("secret"), "{shown}");
        }
        // Loopback stays allowed (the simulator); nothing else was reached.
        let e = ips(&listener_url.replacen("http://", "ws://", 1))
            .service_status()
            .await
            .unwrap_err();
        assert!(
            !matches!(session_error(&e), SessionError::InvalidUrl { .. }),
            "{e:?}"
        );
        assert_eq!(hits.load(Ordering::SeqCst), 1);
        task.abort();
    }

    #[tokio::test]
    async fn a_refused_upgrade_keeps_only_its_status() {
        // A server refusing the upgrade with headers that repeat a card
        // number and the licence key.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("ws://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            while let Ok((mut sock, _)) = listener.accept().await {
                let mut buf = [0u8; 8192];
                let _ = sock.read(&mut buf).await;
                let _ = sock
                    .write_all(
                        b"HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Bearer card=4444333322221111 \
                          key=eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.c2ln\r\ncontent-length: 16\r\n\r\n\
                          4444333322221111",
                    )
                    .await;
            }
        });
        let e = ips(&url).service_status().await.unwrap_err();
        assert!(
            matches!(
                session_error(&e),
                SessionError::UpgradeRefused { status: 401 }
            ),
            "{e:?}"
        );
        let shown = format!("{e} {e:?} {e:#?}");
        assert!(!shown.contains("4444333322221111"), "{shown}");
        assert!(!shown.contains("eyJ"), "{shown}");
        task.abort();
    }

    #[tokio::test]
    async fn wss_to_an_untrusted_certificate_is_refused() {
        let (port, requests) = untrusted_tls_server();
        let e = ips(&format!("wss://localhost:{port}"))
            .service_status()
            .await
            .unwrap_err();
        assert!(
            matches!(session_error(&e), SessionError::WebSocket(_)),
            "{e:?}"
        );
        assert_eq!(
            requests.load(Ordering::SeqCst),
            0,
            "no upgrade went through"
        );
    }

    #[test]
    fn a_server_url_with_userinfo_is_never_printed() {
        let server = Server::Custom("wss://user:secret@ipscloud.example".into());
        let config = IpsConfig::new(server.clone(), PaypointRef::new("INST001").unwrap());
        let shown = format!("{server:?} {config:?} {config:#?}");
        assert!(!shown.contains("secret"), "{shown}");
    }
}
