//! Drives all twelve Card Payments v7 operations against a loopback HTTP
//! server, following the links each response offers, and checks what goes
//! on the wire: method, path (the link's, exactly), media types,
//! credentials, no stray `api-version` header, and the body; then the
//! decoding of documented and undocumented answers.

mod common;

use std::time::Duration;

use common::http::{Canned, Recorded, Server};
use serde_json::{Value, json};
use worldpay::auth::Credentials;
use worldpay::card_payments::{Client, ErrorBody, types};
use worldpay::error::{ApiErrorBody, Error};
use worldpay::hal::{Link, Links};
use worldpay::transport::{ClientConfig, Environment, RetryPolicy};

const MEDIA: &str = "application/vnd.worldpay.payments-v7+json";
const LINK: &str = "eyJrIjoiazEiLCJkIjoiYWJjIn0";

fn client(server: &Server) -> Client {
    let config = ClientConfig::new(Environment::Custom(server.base_url.clone()))
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"));
    Client::new(&config).unwrap()
}

fn fixture(name: &str) -> Value {
    common::fixture("card_payments", name)
}

/// Checks one recorded request.
fn assert_wire(r: &Recorded, method: &str, path: &str, body: Option<&Value>) {
    assert_eq!(r.method, method, "{path}");
    assert_eq!(r.path, path);
    assert_eq!(r.header("accept"), Some(MEDIA), "{path}: Accept");
    // "merchant-user:s3cret-pass"
    assert_eq!(
        r.header("authorization"),
        Some("Basic bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw=="),
        "{path}: Authorization"
    );
    assert_eq!(r.header("api-version"), None, "{path}: stray api-version");
    match body {
        Some(b) => {
            assert_eq!(
                r.header("content-type"),
                Some(MEDIA),
                "{path}: Content-Type"
            );
            assert_eq!(&r.json(), b, "{path}: body");
        }
        None => {
            assert_eq!(
                r.header("content-type"),
                None,
                "{path}: Content-Type without body"
            );
            assert!(r.body.is_empty(), "{path}: unexpected body");
        }
    }
}

/// A fixture whose absolute links point at `server` instead of Worldpay.
fn local(name: &str, server: &Server) -> Value {
    let text = fixture(name)
        .to_string()
        .replace("https://try.access.worldpay.com", &server.base_url);
    serde_json::from_str(&text).unwrap()
}

#[tokio::test]
async fn all_twelve_operations_go_on_the_wire_as_documented() {
    let server = Server::start().await;
    let c = client(&server);

    // authorize
    let body = fixture("authorize.request");
    server.respond(Canned::json(201, &local("authorize.201", &server)));
    let req: types::CustomerInitiatedTransaction = serde_json::from_value(body.clone()).unwrap();
    // The `_response` twin keeps the status.
    let r = c.authorize_response(req).await.unwrap();
    assert_eq!(r.status(), 201);
    let types::AuthorizeResponse::Authorized(authorized) = r.into_inner() else {
        panic!("expected authorized")
    };
    assert_wire(
        &server.take()[0],
        "POST",
        "/cardPayments/customerInitiatedTransactions",
        Some(&body),
    );

    // recurring
    let body = fixture("recurring.request");
    server.respond(Canned::json(201, &local("recurring.201", &server)));
    let req: types::MerchantInitiatedTransaction = serde_json::from_value(body.clone()).unwrap();
    let r = c.recurring(req).await.unwrap();
    assert!(matches!(r, types::RecurringResponse::Authorized(_)));
    assert_wire(
        &server.take()[0],
        "POST",
        "/cardPayments/merchantInitiatedTransactions",
        Some(&body),
    );

    // settle: follows the authorization's `cardPayments:settle` href exactly
    // (Worldpay's example link is /payments/settlements/full/<linkData>).
    let body = json!({"reference": "settle-1"});
    server.respond(Canned::json(202, &fixture("settle.202")));
    let settled = c
        .settle(
            &authorized,
            types::PaymentsSettle::builder().reference("settle-1"),
        )
        .await
        .unwrap();
    assert!(settled.links.contains("cardPayments:refund"));
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/settlements/full/linkData",
        Some(&body),
    );

    // partialSettlement
    let body = fixture("partialSettlement.request");
    server.respond(Canned::json(202, &fixture("partialSettlement.202")));
    let req: types::PaymentsPartialSettle = serde_json::from_value(body.clone()).unwrap();
    c.partial_settle(&authorized, req).await.unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/settlements/partials/linkData",
        Some(&body),
    );

    // refund without a body (relative href of the settle response)
    server.respond(Canned::json(202, &fixture("refund.202")));
    c.refund(&settled, types::PaymentsRefund::default())
        .await
        .unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/settlements/refunds/full/:linkData",
        None,
    );

    // refund with a body
    let body = json!({"reference": "refund-1", "fastRefund": {"enabled": true}});
    server.respond(Canned::json(202, &fixture("refund.202")));
    c.refund(
        &settled,
        serde_json::from_value::<types::PaymentsRefund>(body.clone()).unwrap(),
    )
    .await
    .unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/settlements/refunds/full/:linkData",
        Some(&body),
    );

    // partialRefund
    let body = fixture("partialRefund.request");
    server.respond(Canned::json(202, &fixture("partialRefund.202")));
    c.partial_refund(
        &settled,
        serde_json::from_value::<types::PaymentsPartialRefund>(body.clone()).unwrap(),
    )
    .await
    .unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/settlements/refunds/partials/:linkData",
        Some(&body),
    );

    // cancel without a body
    server.respond(Canned::json(202, &fixture("cancel.202")));
    c.cancel(&authorized, types::PaymentsCancel::default())
        .await
        .unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/authorizations/cancellations/linkData",
        None,
    );

    // partialCancel
    let body = fixture("partialCancel.request");
    server.respond(Canned::json(202, &fixture("partialCancel.202")));
    c.partial_cancel(
        &authorized,
        serde_json::from_value::<types::PaymentsPartialCancel>(body.clone()).unwrap(),
    )
    .await
    .unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        "/payments/authorizations/cancellations/partials/linkData",
        Some(&body),
    );

    // increaseAuthorize: the authorized links list does not name this
    // relation, so it is followed from stored links (checked at run time).
    let mut links = Links::new();
    links.insert(
        "cardPayments:increaseAuthorizedAmount",
        Link::new(format!(
            "{}/payments/authorizations/incrementalAuthorizations/{LINK}",
            server.base_url
        )),
    );
    links.insert(
        "cardPayments:reverse",
        Link::new(format!("/payments/sales/reversals/{LINK}")),
    );
    let body = fixture("increaseAuthorize.request");
    server.respond(Canned::json(202, &fixture("increaseAuthorize.202")));
    let r = c
        .increase_authorized_amount(
            &links,
            serde_json::from_value::<types::PaymentsIncreaseAuthorize>(body.clone()).unwrap(),
        )
        .await
        .unwrap();
    assert!(matches!(r, types::IncreaseAuthorizeResponse::Authorized(_)));
    assert_wire(
        &server.take()[0],
        "POST",
        &format!("/payments/authorizations/incrementalAuthorizations/{LINK}"),
        Some(&body),
    );

    // reversal: POST without a body
    server.respond(Canned::json(202, &fixture("reversal.202")));
    let reversed = c.reverse(&links).await.unwrap();
    assert_wire(
        &server.take()[0],
        "POST",
        &format!("/payments/sales/reversals/{LINK}"),
        None,
    );

    // eventQuery
    server.respond(Canned::json(
        200,
        &json!({"lastEvent": "Sent for Settlement"}),
    ));
    let r = c.events(&reversed).await.unwrap();
    assert_eq!(
        r.last_event,
        types::PaymentsEvents200ResponseLastEvent::SentForSettlement
    );
    assert_wire(&server.take()[0], "GET", "/payments/events/:linkData", None);

    // eventRecovery
    server.respond(Canned::json(200, &json!({"lastEvent": "Settled"})));
    let r = c.event_recovery("ref-1", "default").await.unwrap();
    assert_eq!(
        r.last_event,
        types::PaymentsEventsRecovery200ResponseLastEvent::Settled
    );
    // As Worldpay's "query a payment" page calls it.
    assert_wire(
        &server.take()[0],
        "GET",
        "/payments/events?transactionRef=ref-1&entity=default",
        None,
    );
}

fn reversal_links(href: &str) -> Links {
    let mut links = Links::new();
    links.insert("cardPayments:reverse", Link::new(href));
    links
}

#[tokio::test]
async fn a_400_is_a_validation_error_response_with_its_status() {
    let server = Server::start().await;
    server.respond(Canned::json(
        400,
        &json!({
            "errorName": "bodyDoesNotMatchSchema",
            "message": "The json body provided does not match the expected schema",
            "validationErrors": [{
                "errorName": "fieldHasInvalidValue",
                "message": "Currency code is not valid",
                "jsonPath": "$.instruction.value.currency"
            }]
        }),
    ));
    let err = client(&server)
        .reverse(&reversal_links("/payments/sales/reversals/x"))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status, 400);
    assert_eq!(api.operation, "reversal");
    let ApiErrorBody::CardPayments(ErrorBody::ValidationErrorResponse(body)) = &api.body else {
        panic!("expected a ValidationErrorResponse, got {:?}", api.body)
    };
    assert_eq!(
        body.validation_errors[0].json_path.as_deref(),
        Some("$.instruction.value.currency")
    );
    let text = err.to_string();
    assert!(
        text.contains("400") && text.contains("bodyDoesNotMatchSchema"),
        "{text}"
    );
}

#[tokio::test]
async fn other_documented_errors_are_error_responses_with_their_status() {
    let server = Server::start().await;
    for status in [401u16, 404, 415, 500] {
        server.respond(Canned::json(
            status,
            &json!({"errorName": "accessDenied", "message": "Access to the requested resource has been denied"}),
        ));
        let err = client(&server)
            .event_recovery("ref-1", "default")
            .await
            .unwrap_err();
        let Error::Api(api) = err else {
            panic!("{status}: {err:?}")
        };
        assert_eq!(api.status, status);
        let ApiErrorBody::CardPayments(ErrorBody::ErrorResponse(body)) = api.body else {
            panic!("{status}: expected an ErrorResponse")
        };
        assert_eq!(body.error_name.as_deref(), Some("accessDenied"));
    }
}

#[tokio::test]
async fn an_html_error_page_is_kept_raw_with_its_status() {
    let server = Server::start().await;
    server.respond(Canned::raw(
        500,
        "text/html",
        "<html><body>Bad gateway</body></html>",
    ));
    let err = client(&server)
        .event_recovery("ref-1", "default")
        .await
        .unwrap_err();
    let Error::Api(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status, 500);
    let ApiErrorBody::Undocumented(raw) = api.body else {
        panic!("expected the raw body")
    };
    assert_eq!(raw.content_type(), Some("text/html"));
    assert!(raw.as_bytes().starts_with(b"<html>"));
}

#[tokio::test]
async fn an_undocumented_status_is_its_own_error() {
    let server = Server::start().await;
    server.respond(Canned::raw(418, "text/plain", "teapot"));
    let err = client(&server)
        .event_recovery("ref-1", "default")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::UnexpectedStatus {
                status: 418,
                operation: "eventRecovery",
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_invalid_request_is_refused_before_sending() {
    let server = Server::start().await;
    let mut links = Links::new();
    links.insert(
        "cardPayments:partialSettle",
        Link::new("/payments/settlements/partials/x"),
    );
    let err = client(&server)
        .partial_settle(
            &links,
            types::PaymentsPartialSettle::builder().reference("has spaces"),
        )
        .await
        .unwrap_err();
    let Error::InvalidRequest(e) = err else {
        panic!("{err:?}")
    };
    assert_eq!(e.operation, Some("partialSettlement"));
    assert_eq!(e.field, "reference");
    assert!(
        matches!(e.rule, worldpay::constraint::Rule::Pattern(_)),
        "{e:?}"
    );
    assert!(server.take().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn the_timeout_is_configurable() {
    let server = Server::start().await;
    let mut slow = Canned::json(200, &json!({"lastEvent": "Settled"}));
    slow.delay = Duration::from_secs(5);
    server.respond(slow);
    let config = ClientConfig::new(Environment::Custom(server.base_url.clone()))
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"))
        .timeout(Duration::from_millis(200))
        // A read is retried by default; this test times one attempt.
        .retry(RetryPolicy::none());
    let started = std::time::Instant::now();
    let err = Client::new(&config)
        .unwrap()
        .event_recovery("ref-1", "default")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                operation: "eventRecovery",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn base_urls_for_try_live_and_custom() {
    let c = Client::new(&ClientConfig::new(Environment::Try)).unwrap();
    assert_eq!(c.base_url(), "https://try.access.worldpay.com");
    let c = Client::new(&ClientConfig::new(Environment::Live)).unwrap();
    assert_eq!(c.base_url(), "https://access.worldpay.com");
    let c = Client::new(&ClientConfig::new(Environment::Custom(
        "https://proxy.example/worldpay/".into(),
    )))
    .unwrap();
    assert_eq!(c.base_url(), "https://proxy.example/worldpay");
}
