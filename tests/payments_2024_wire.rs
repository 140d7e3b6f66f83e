//! Worldpay's Payments API (2024-06-01) and Payment Queries on the wire,
//! against a loopback HTTP server: the fixed `WP-Api-Version` header the
//! description declares is sent from the generated operation table, plain
//! `application/json` bodies, Basic credentials, and the outcome-tagged
//! answers decode into their variants with nothing dropped.
//!
//! The answers are constructed from Worldpay's published description (it
//! has no examples): each field the answer schema lists for that outcome,
//! filled with a value of its type.

mod common;

use common::http::{Canned, Server};
use serde_json::json;
use worldpay::auth::Credentials;
use worldpay::transport::{ClientConfig, Environment};

fn config(server: &Server) -> ClientConfig {
    ClientConfig::new(Environment::Custom(server.base_url.clone()))
        .credentials(Credentials::basic("merchant-user", "s3cret-pass"))
}

fn payment_request() -> worldpay::payments_2024::types::PaymentRequest {
    serde_json::from_value(json!({
        "transactionReference": "order-2024-1",
        "merchant": {"entity": "default"},
        "instruction": {
            "method": "card",
            "paymentInstrument": {
                "type": "plain",
                "cardHolderName": "Sherlock Holmes",
                "cardNumber": "4444333322221111",
                "expiryDate": {"month": 5, "year": 2035},
                "cvc": "123"
            },
            "narrative": {"line1": "MindPalace"},
            "value": {"currency": "GBP", "amount": 250}
        }
    }))
    .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn a_payment_sends_the_fixed_version_header_and_keeps_the_whole_answer() {
    use worldpay::payments_2024::{Client, types};
    let server = Server::start().await;
    let settle_href = format!("{}/api/payments/LINKDATA123/settlements", server.base_url);
    server.respond(Canned::raw(
        201,
        "application/json",
        &json!({
            "outcome": "authorized",
            "paymentId": "payAbc123",
            "transactionReference": "order-2024-1",
            "issuer": {"authorizationCode": "T12345"},
            "schemeReference": "MCC0001",
            "_actions": {"settlePayment": {"href": settle_href, "method": "POST"}}
        })
        .to_string(),
    ));
    let client = Client::new(&config(&server)).unwrap();
    let answer = client.payment(payment_request()).await.unwrap();
    let recorded = server.take();
    let r = &recorded[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/api/payments");
    assert_eq!(r.header("wp-api-version"), Some("2024-06-01"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("authorization"),
        Some("Basic bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw==")
    );
    assert_eq!(
        r.json()["instruction"]["paymentInstrument"]["cardNumber"],
        "4444333322221111"
    );
    let types::PaymentAnswer::Created(types::PaymentsResponse201::Authorized(a)) = &answer else {
        panic!("authorized expected, got {answer:?}")
    };
    let back = serde_json::to_value(a).unwrap();
    assert_eq!(back["paymentId"], "payAbc123");
    assert_eq!(back["issuer"]["authorizationCode"], "T12345");
    assert_eq!(back["schemeReference"], "MCC0001");
    assert_eq!(
        back["_actions"]["settlePayment"]["href"],
        settle_href.as_str()
    );
}

/// A request built with the typed builders, as a user writes it, sends
/// each union's tag once: the card instrument's `type` (its schema extends
/// one that declares `type` too) and the 3DS `mode`, which has one possible
/// value, are set by the builders, not asked for.
#[tokio::test]
async fn a_typed_request_sends_each_tag_once() {
    use worldpay::payments_2024::{Client, types};
    let server = Server::start().await;
    server.respond(Canned::raw(
        201,
        "application/json",
        &json!({"outcome": "authorized", "transactionReference": "order-2024-2"}).to_string(),
    ));
    let card = types::PaymentsCardPlainPaymentInstrument::new(
        "4444333322221111",
        types::ExpiryDate::new(5, 2035),
    );
    let three_ds = types::PaymentsIntegratedThreeDs::new(
        types::Challenge::new("https://example.com/3ds/return"),
        types::DeviceData::new("text/html", "Mozilla/5.0"),
    );
    let request = types::PaymentRequest::new(
        types::PaymentsCardInstruction::new(
            types::Narrative::new("MindPalace"),
            card,
            types::Value::new(250, "GBP"),
        )
        .three_ds(three_ds),
        types::Merchant::new("default"),
        "order-2024-2",
    );
    Client::new(&config(&server))
        .unwrap()
        .payment(request)
        .await
        .unwrap();
    let body = String::from_utf8(server.take()[0].body.clone()).unwrap();
    assert_eq!(body.matches("\"type\":").count(), 2, "{body}");
    let sent: serde_json::Value = serde_json::from_str(&body).unwrap();
    let instruction = &sent["instruction"];
    assert_eq!(instruction["method"], "card");
    assert_eq!(instruction["paymentInstrument"]["type"], "plain");
    assert_eq!(instruction["threeDS"]["type"], "integrated");
    assert_eq!(instruction["threeDS"]["mode"], "always");
}

#[tokio::test]
async fn an_outcome_worldpay_adds_later_is_kept_whole() {
    use worldpay::payments_2024::{Client, types};
    let server = Server::start().await;
    let body = json!({"outcome": "somethingNew", "transactionReference": "order-2024-1", "extra": {"a": 1}});
    server.respond(Canned::raw(201, "application/json", &body.to_string()));
    let client = Client::new(&config(&server)).unwrap();
    let answer = client.payment(payment_request()).await.unwrap();
    let types::PaymentAnswer::Created(created) = answer else {
        panic!("201 expected")
    };
    assert!(!matches!(
        created,
        types::PaymentsResponse201::Authorized(_)
    ));
    assert_eq!(serde_json::to_value(&created).unwrap(), body);
}

#[tokio::test]
async fn payment_queries_send_their_media_type_and_filters() {
    use worldpay::payment_queries::{Client, options};
    const MEDIA: &str = "application/vnd.worldpay.payment-queries-v1.hal+json";
    let server = Server::start().await;
    server.respond(Canned::raw(
        200,
        MEDIA,
        &json!({"_embedded": {"payments": []}, "_links": {"self": {"href": "x"}}}).to_string(),
    ));
    let client = Client::new(&config(&server)).unwrap();
    let found = client
        .query_by_date_range(
            "2026-12-01T00:00:00Z",
            "2026-12-02T00:00:00Z",
            options::QueryByDateRange::new()
                .page_size(20)
                .currency("GBP")
                .without_currency()
                .transaction_reference("order-2024-1"),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(found.embedded.payments.is_empty());
    let r = &server.take()[0];
    assert_eq!(r.method, "GET");
    assert_eq!(r.header("accept"), Some(MEDIA));
    assert!(
        r.path.starts_with("/paymentQueries/payments?"),
        "{}",
        r.path
    );
    // Exactly the options set, in the description's order; one unset
    // again is left out.
    assert_eq!(
        r.path,
        "/paymentQueries/payments?startDate=2026-12-01T00%3A00%3A00Z\
         &endDate=2026-12-02T00%3A00%3A00Z&pageSize=20&transactionReference=order-2024-1"
    );
    assert_eq!(r.header("wp-api-version"), None);
}
