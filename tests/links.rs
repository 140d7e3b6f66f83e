//! Link-following safety: a link is followed only when offered, to the
//! configured origin, never from https down to http, and only when its path
//! is that of the operation its relation leads to. Each refusal is a typed
//! error and nothing is sent.

mod common;

use common::http::{Canned, Server};
use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, types};
use worldpay::error::Error;
use worldpay::hal::{Link, LinkError, Links};
use worldpay::transport::{ClientConfig, Environment};

fn client(base: &str) -> Client {
    Client::new(
        &ClientConfig::new(Environment::Custom(base.to_string()))
            .credentials(Credentials::basic("merchant-user", "s3cret-pass")),
    )
    .unwrap()
}

fn links(rel: &str, href: &str) -> Links {
    let mut l = Links::new();
    l.insert(rel, Link::new(href));
    l
}

async fn refused(server: &Server, result: Result<impl std::fmt::Debug, Error>) -> LinkError {
    assert!(server.take().is_empty(), "nothing may be sent");
    match result {
        Err(Error::Link(e)) => e,
        other => panic!("expected a link error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_link_to_another_origin_is_refused() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    for href in [
        "https://evil.example/payments/events/abc",
        "http://127.0.0.2:1/payments/events/abc",
        "//evil.example/payments/events/abc",
    ] {
        let e = refused(&server, c.events(&links("cardPayments:events", href)).await).await;
        assert!(matches!(e, LinkError::CrossOrigin { .. }), "{href}: {e:?}");
        assert!(e.to_string().contains("not the configured origin"));
    }
}

#[tokio::test]
async fn a_link_from_https_down_to_http_is_refused() {
    let c = client("https://try.access.worldpay.com");
    let r = c
        .events(&links(
            "cardPayments:events",
            "http://try.access.worldpay.com/payments/events/abc",
        ))
        .await;
    assert!(
        matches!(r, Err(Error::Link(LinkError::Downgrade { .. }))),
        "{r:?}"
    );
}

#[tokio::test]
async fn a_link_whose_path_belongs_to_another_operation_is_refused() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    // A "settle" link that points at a refund.
    let e = refused(
        &server,
        c.settle(
            &links(
                "cardPayments:settle",
                "/payments/settlements/refunds/full/abc",
            ),
            types::PaymentsSettle::default(),
        )
        .await,
    )
    .await;
    assert_eq!(
        e,
        LinkError::PathMismatch {
            relation: "cardPayments:settle".into(),
            path: "/payments/settlements/refunds/full/abc".into(),
            operation: "settle",
            matched: Some("refund"),
        }
    );
    // An events link that points nowhere the API knows.
    let e = refused(
        &server,
        c.events(&links("cardPayments:events", "/somewhere/else"))
            .await,
    )
    .await;
    assert!(
        matches!(e, LinkError::PathMismatch { matched: None, .. }),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_link_not_offered_is_a_clear_error() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    // The seed's authorization response offers no reverse link.
    let authorized: types::AuthorizeResponse =
        serde_json::from_value(common::fixture("card_payments", "authorize.201")).unwrap();
    let types::AuthorizeResponse::Authorized(a) = authorized else {
        panic!()
    };
    let e = refused(&server, c.reverse(&a).await).await;
    assert_eq!(
        e,
        LinkError::NotOffered {
            relation: "cardPayments:reverse".into()
        }
    );
    assert_eq!(
        e.to_string(),
        "`cardPayments:reverse` is not offered by this response"
    );
}

#[tokio::test]
async fn a_templated_link_is_not_followed_unexpanded() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    let mut l = Links::new();
    l.insert(
        "cardPayments:events",
        Link {
            templated: Some(true),
            ..Link::new("/payments/events/{id}")
        },
    );
    let e = refused(&server, c.events(&l).await).await;
    assert!(matches!(e, LinkError::Templated { .. }), "{e:?}");
}

#[tokio::test]
async fn stored_links_are_followed_after_a_restart() {
    let server = Server::start().await;
    let authorized = {
        let text = common::fixture("card_payments", "authorize.201")
            .to_string()
            .replace("https://try.access.worldpay.com", &server.base_url);
        let r: types::AuthorizeResponse = serde_json::from_str(&text).unwrap();
        let types::AuthorizeResponse::Authorized(a) = r else {
            panic!()
        };
        a
    };
    // Stored as JSON (a database row, a queue message)...
    let stored = serde_json::to_string(&authorized.links).unwrap();
    drop(authorized);
    // ...and read back by a new process with a new client.
    let links: Links = serde_json::from_str(&stored).unwrap();
    server.respond(Canned::json(
        202,
        &common::fixture("card_payments", "settle.202"),
    ));
    let c = client(&server.base_url);
    c.settle(&links, types::PaymentsSettle::default())
        .await
        .unwrap();
    let sent = server.take();
    assert_eq!(sent[0].path, "/payments/settlements/full/linkData");
    // A settle with nothing to say sends no body, as Worldpay's published
    // settle example (`null`) shows; and so no Content-Type.
    assert!(sent[0].body.is_empty(), "{:?}", sent[0].body);
    assert_eq!(sent[0].header("content-type"), None);
}

/// An events answer as Worldpay's "query a payment" page shows one: the
/// next actions named `payments:` beside `cardPayments:`, settle at
/// `/payments/settlements/full/{linkData}`.
fn events_answer(base: &str) -> types::PaymentsEvents200Response {
    serde_json::from_value(json!({
        "lastEvent": "Authorized",
        "_links": {
            "payments:cancel": {"href": format!("{base}/payments/authorizations/cancellations/eyJrIjoiay0xIn0")},
            "payments:settle": {"href": format!("{base}/payments/settlements/full/eyJrIjoiay0xIn0")},
            "payments:partialSettle": {"href": format!("{base}/payments/settlements/partials/eyJrIjoiay0xIn0")},
            "cardPayments:partialCancel": {"href": format!("{base}/payments/authorizations/cancellations/partials/eyJrIjoiay0xIn0")}
        }
    }))
    .unwrap()
}

#[tokio::test]
async fn an_events_answer_is_acted_on_whatever_the_curie_of_its_links() {
    let server = Server::start().await;
    let c = client(&server.base_url);
    let answer = events_answer(&server.base_url);
    for _ in 0..3 {
        server.respond(Canned::json(202, &json!({})));
    }
    // `payments:settle` is followed as v7's settle, to the full-settle path.
    c.settle(&answer, types::PaymentsSettle::default())
        .await
        .unwrap();
    c.cancel(&answer, types::PaymentsCancel::default())
        .await
        .unwrap();
    c.partial_cancel(
        &answer,
        serde_json::from_value::<types::PaymentsPartialCancel>(json!({
            "reference": "pc-1", "value": {"amount": 100, "currency": "GBP"}
        }))
        .unwrap(),
    )
    .await
    .unwrap();
    let sent = server.take();
    let paths: Vec<&str> = sent.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/payments/settlements/full/eyJrIjoiay0xIn0",
            "/payments/authorizations/cancellations/eyJrIjoiay0xIn0",
            "/payments/authorizations/cancellations/partials/eyJrIjoiay0xIn0",
        ]
    );
    // Still refused: what the answer does not offer, and a `payments:`
    // link whose path belongs to another operation.
    let e = refused(&server, c.reverse(&answer).await).await;
    assert!(matches!(e, LinkError::NotOffered { .. }), "{e:?}");
    let e = refused(
        &server,
        c.settle(
            &links("payments:settle", "/payments/settlements/refunds/full/abc"),
            types::PaymentsSettle::default(),
        )
        .await,
    )
    .await;
    assert!(
        matches!(
            e,
            LinkError::PathMismatch {
                matched: Some("refund"),
                ..
            }
        ),
        "{e:?}"
    );
    let e = refused(
        &server,
        c.settle(
            &links(
                "payments:settle",
                "https://evil.example/payments/settlements/full/abc",
            ),
            types::PaymentsSettle::default(),
        )
        .await,
    )
    .await;
    assert!(matches!(e, LinkError::CrossOrigin { .. }), "{e:?}");
}

#[tokio::test]
async fn a_bare_string_link_is_followed_as_its_href() {
    // One of Worldpay's published examples writes links as strings.
    let server = Server::start().await;
    let c = client(&server.base_url);
    let answer: types::PaymentsEventsRecovery200Response = serde_json::from_value(json!({
        "lastEvent": "Authorized",
        "_links": {
            "cardPayments:settle": "/payments/settlements/full/abc",
            "curies": [{"name": "payments", "href": "/rels/payments/{rel}", "templated": true}]
        }
    }))
    .unwrap();
    server.respond(Canned::json(202, &json!({})));
    c.settle(&answer, types::PaymentsSettle::default())
        .await
        .unwrap();
    assert_eq!(server.take()[0].path, "/payments/settlements/full/abc");
}

#[test]
fn curie_expanded_relations_are_found() {
    // A response that spells relations out as URIs still offers them.
    let mut l = Links::new();
    l.set_curies(vec![Link {
        name: Some("cardPayments".into()),
        templated: Some(true),
        ..Link::new("https://try.access.worldpay.com/rels/cardPayments/{rel}")
    }]);
    l.insert(
        "https://try.access.worldpay.com/rels/cardPayments/settle",
        Link::new("/payments/settlements/abc"),
    );
    assert_eq!(
        l.get("cardPayments:settle").unwrap().href,
        "/payments/settlements/abc"
    );
}
