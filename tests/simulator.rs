//! End to end through the client against the embedded simulator: payments
//! taken through their whole lifecycle by following links only, every
//! answer checked against its published schema, refusals by trigger, and
//! Worldpay's error answers for bad credentials, media types and bodies.
#![cfg(feature = "simulator")]

use serde::Serialize;
use serde_json::{Value, json};
use worldpay::card_payments::{Client, types};
use worldpay::error::{ApiErrorBody, Error};
use worldpay::sim::Simulator;
use worldpay::validate::{Api, Schema};

const MEDIA: &str = "application/vnd.worldpay.payments-v7+json";

fn valid<T: Serialize>(operation: &str, status: u16, value: &T) {
    if let Err(v) = Schema::response(Api::CardPayments, operation, status)
        .unwrap()
        .validate_typed(value)
    {
        panic!("the simulator's {operation} {status} answer breaks its schema: {v:#?}");
    }
}

fn payment(amount: i64, holder: Option<&str>, estimated: bool, auto_settle: bool) -> Value {
    let mut instrument = json!({
        "type": "card/plain",
        "cardNumber": "4444333322221111",
        "expiryDate": {"month": 5, "year": 2035}
    });
    if let Some(h) = holder {
        instrument["cardHolderName"] = json!(h);
    }
    json!({
        "transactionReference": format!("sim-test-{amount}-{}", holder.unwrap_or("x")),
        "merchant": {"entity": "default"},
        "channel": "ecom",
        "instruction": {
            "requestAutoSettlement": {"enabled": auto_settle},
            "narrative": {"line1": "MindPalace"},
            "value": {"currency": "GBP", "amount": amount, "estimated": estimated},
            "paymentInstrument": instrument
        }
    })
}

async fn authorize(client: &Client, body: Value) -> types::AuthorizeResponse {
    let request: types::CustomerInitiatedTransaction = serde_json::from_value(body).unwrap();
    let response = client.authorize_response(request).await.unwrap();
    assert_eq!(response.status(), 201);
    let response = response.into_inner();
    valid("authorize", 201, &response);
    response
}

fn amount(v: i64) -> types::PaymentsPartialSettleValue {
    serde_json::from_value(json!({"amount": v, "currency": "GBP"})).unwrap()
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> (u16, ApiErrorBody) {
    match result {
        Err(Error::Api(e)) => (e.status, e.body),
        other => panic!("expected a Worldpay error answer, got {other:?}"),
    }
}

#[tokio::test]
async fn a_payment_goes_through_its_lifecycle_by_links_only() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();

    // Authorize an estimated amount: the answer offers an increase.
    let types::AuthorizeResponse::Authorized(authorized) =
        authorize(&client, payment(1000, None, true, false)).await
    else {
        panic!("expected authorized")
    };
    let links = authorized.links.clone();
    assert!(links.contains("cardPayments:increaseAuthorizedAmount"));
    assert!(
        links
            .get("cardPayments:settle")
            .unwrap()
            .href
            .starts_with(sim.base_url())
    );

    // Increase by 500 (stored links: the authorized list does not name it).
    let increased = client
        .increase_authorized_amount(
            &links,
            serde_json::from_value::<types::PaymentsIncreaseAuthorize>(
                json!({"value": {"amount": 500, "currency": "GBP"}}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    valid("increaseAuthorize", 202, &increased);
    let types::IncreaseAuthorizeResponse::Authorized(increased) = increased else {
        panic!("expected the increase to be authorized")
    };
    assert_eq!(
        increased.amounts.as_ref().unwrap().total_authorized,
        Some(1500)
    );

    // Settle 600 of the 1500.
    let settled = client
        .partial_settle(
            &increased,
            types::PaymentsPartialSettle::builder()
                .reference("partial-settle-1")
                .value(amount(600)),
        )
        .await
        .unwrap();
    valid("partialSettlement", 202, &settled);

    // More than is left to settle is refused, naming the field.
    let refused = client
        .partial_settle(
            &settled,
            types::PaymentsPartialSettle::builder()
                .reference("partial-settle-2")
                .value(amount(901)),
        )
        .await;
    // The error says so in one line: the body's summary (generated from
    // the error schema) with each per-field error and its path.
    let text = refused.as_ref().map(|_| ()).unwrap_err().to_string();
    assert!(
        text.starts_with("partialSettlement: Worldpay answered 400: ")
            && text.contains(" at $.value.amount"),
        "{text}"
    );
    let (status, body) = api_error(refused);
    assert_eq!(status, 400);
    let ApiErrorBody::CardPayments(body) = body else {
        panic!()
    };
    assert_eq!(
        body.validation_errors()[0].json_path.as_deref(),
        Some("$.value.amount")
    );

    // Refund 200 of the 600 settled.
    let refunded = client
        .partial_refund(
            &settled,
            serde_json::from_value::<types::PaymentsPartialRefund>(json!({
                "reference": "partial-refund-1",
                "value": {"amount": 200, "currency": "GBP"}
            }))
            .unwrap(),
        )
        .await
        .unwrap();
    valid("partialRefund", 202, &refunded);

    // Refunding more than the 400 left is refused.
    let (status, _) = api_error(
        client
            .partial_refund(
                &refunded,
                serde_json::from_value::<types::PaymentsPartialRefund>(json!({
                    "reference": "partial-refund-2",
                    "value": {"amount": 401, "currency": "GBP"}
                }))
                .unwrap(),
            )
            .await,
    );
    assert_eq!(status, 400);

    // The events query, by the refund's link.
    let events = client.events(&refunded).await.unwrap();
    valid("eventQuery", 200, &events);
    assert_eq!(events.last_event.as_str(), "Sent for Refund");

    // An action the state no longer offers, through a stale stored link:
    // Worldpay's answer, not a silent success.
    let (status, body) = api_error(
        client
            .cancel(&links, types::PaymentsCancel::default())
            .await,
    );
    assert_eq!(status, 404);
    let ApiErrorBody::CardPayments(body) = body else {
        panic!()
    };
    assert_eq!(body.error_name(), Some("resourceNotFound"));
}

#[tokio::test]
async fn cancel_partially_then_fully() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let types::AuthorizeResponse::Authorized(a) =
        authorize(&client, payment(1000, None, false, false)).await
    else {
        panic!()
    };
    let partial = client
        .partial_cancel(
            &a,
            serde_json::from_value::<types::PaymentsPartialCancel>(json!({
                "reference": "partial-cancel-1",
                "value": {"amount": 300, "currency": "GBP"}
            }))
            .unwrap(),
        )
        .await
        .unwrap();
    valid("partialCancel", 202, &partial);
    let cancelled = client
        .cancel(&partial, types::PaymentsCancel::default())
        .await
        .unwrap();
    valid("cancel", 202, &cancelled);
    let events = client.events(&cancelled).await.unwrap();
    assert_eq!(events.last_event.as_str(), "Sent for Cancellation");
    // A settle link of the original authorization is stale now.
    let (status, _) = api_error(client.settle(&a, types::PaymentsSettle::default()).await);
    assert_eq!(status, 404);
}

#[tokio::test]
async fn auto_settled_payments_refund_and_reverse() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let answer = authorize(&client, payment(750, None, false, true)).await;
    // Worldpay's spelling of the auto-settled outcome, kept as received.
    assert_eq!(answer.tag(), "Sent for Settlement");
    assert_eq!(
        serde_json::to_value(&answer).unwrap()["outcome"],
        json!("Sent for Settlement")
    );
    let types::AuthorizeResponse::SentForSettlement(s) = answer else {
        panic!("expected the auto-settled outcome")
    };
    let refunded = client
        .refund(&s, types::PaymentsRefund::default())
        .await
        .unwrap();
    valid("refund", 202, &refunded);
    assert_eq!(
        client.events(&refunded).await.unwrap().last_event.as_str(),
        "Sent for Refund"
    );

    // A settled payment reversed is refunded.
    let types::AuthorizeResponse::Authorized(a) =
        authorize(&client, payment(900, None, false, false)).await
    else {
        panic!()
    };
    let settled = client
        .settle(&a, types::PaymentsSettle::default())
        .await
        .unwrap();
    valid("settle", 202, &settled);
    let reversed = client.reverse(&settled).await.unwrap();
    valid("reversal", 202, &reversed);
    assert_eq!(
        client.events(&reversed).await.unwrap().last_event.as_str(),
        "Sent for Refund"
    );
}

#[tokio::test]
async fn triggers_refuse_deterministically() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    for (body, code, description) in [
        (payment(250, Some("REFUSED"), false, false), "5", "REFUSED"),
        (
            payment(5051, None, false, false),
            "51",
            "INSUFFICIENT FUNDS",
        ),
        (
            {
                let mut p = payment(250, None, false, false);
                p["instruction"]["paymentInstrument"]["cardNumber"] = json!("4000000000000002");
                p
            },
            "51",
            "INSUFFICIENT FUNDS",
        ),
    ] {
        let types::AuthorizeResponse::Refused(r) = authorize(&client, body).await else {
            panic!("expected a refusal")
        };
        assert_eq!(r.refusal_code.as_deref(), Some(code));
        assert_eq!(r.refusal_description.as_deref(), Some(description));
    }
    // An increase beyond the limit is refused.
    let types::AuthorizeResponse::Authorized(a) =
        authorize(&client, payment(1000, None, true, false)).await
    else {
        panic!()
    };
    let r = client
        .increase_authorized_amount(
            &a.links,
            serde_json::from_value::<types::PaymentsIncreaseAuthorize>(
                json!({"value": {"amount": 2_000_000, "currency": "GBP"}}),
            )
            .unwrap(),
        )
        .await
        .unwrap();
    valid("increaseAuthorize", 202, &r);
    assert!(matches!(r, types::IncreaseAuthorizeResponse::Refused(_)));
    // The ERROR trigger answers 500.
    let (status, _) = api_error(
        client
            .authorize(
                serde_json::from_value::<types::CustomerInitiatedTransaction>(payment(
                    250,
                    Some("ERROR"),
                    false,
                    false,
                ))
                .unwrap(),
            )
            .await,
    );
    assert_eq!(status, 500);
}

#[tokio::test]
async fn wrong_credentials_are_401() {
    let sim = Simulator::start().await.unwrap();
    let config = worldpay::transport::ClientConfig::new(sim.environment())
        .credentials(worldpay::auth::Credentials::basic("simulator", "wrong"));
    let client = Client::new(&config).unwrap();
    let (status, body) = api_error(client.event_recovery("any-ref", "default").await);
    assert_eq!(status, 401);
    let ApiErrorBody::CardPayments(body) = body else {
        panic!()
    };
    assert_eq!(body.error_name(), Some("accessDenied"));
}

/// Requests the client would never send, posted raw.
#[tokio::test]
async fn raw_requests_get_worldpays_errors() {
    let sim = Simulator::start().await.unwrap();
    let http = reqwest::Client::new();
    let url = format!(
        "{}/cardPayments/customerInitiatedTransactions",
        sim.base_url()
    );
    let post = |ct: &'static str, body: String| {
        http.post(&url)
            .basic_auth("simulator", Some("simulator-password"))
            .header("Content-Type", ct)
            .header("Accept", MEDIA)
            .body(body)
    };
    // Wrong media type: 415.
    let r = post("application/json", "{}".into()).send().await.unwrap();
    assert_eq!(r.status(), 415);
    // Not JSON: 400.
    let r = post(MEDIA, "{".into()).send().await.unwrap();
    assert_eq!(r.status(), 400);
    // Breaks the schema: 400 naming every bad field.
    let mut body = payment(250, None, false, false);
    body["instruction"]["value"]["currency"] = json!("GB");
    body.as_object_mut().unwrap().remove("transactionReference");
    let r = post(MEDIA, body.to_string()).send().await.unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    Schema::response(Api::CardPayments, "authorize", 400)
        .unwrap()
        .validate(&v)
        .unwrap();
    let paths: Vec<&str> = v["validationErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["jsonPath"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"$.instruction.value.currency"), "{v}");
    assert!(paths.contains(&"$.transactionReference"), "{v}");
    // Unknown path: 404.
    let r = http
        .get(format!("{}/payments/events/nope", sim.base_url()))
        .basic_auth("simulator", Some("simulator-password"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // Recovery by transaction reference and entity, the form Worldpay's
    // "query a payment" page documents, and only that form.
    let client = Client::new(&sim.client_config()).unwrap();
    authorize(&client, payment(250, None, false, false)).await;
    let get = |query: &'static str| {
        http.get(format!("{}/payments/events?{query}", sim.base_url()))
            .header("accept", MEDIA)
            .basic_auth("simulator", Some("simulator-password"))
            .send()
    };
    let r = get("transactionRef=sim-test-250-x&entity=default")
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body = r.json::<Value>().await.unwrap();
    assert_eq!(body["lastEvent"], "Authorized");
    // With the next actions, named as on Worldpay's page.
    assert!(
        body["_links"]["payments:settle"]["href"]
            .as_str()
            .unwrap()
            .contains("/payments/settlements/full/")
    );
    assert!(body["_links"]["cardPayments:partialCancel"].is_object());
    for other in [
        "transactionReference=sim-test-250-x",
        "transactionRef=sim-test-250-x",
        "transactionRef=sim-test-250-x&entity=other",
    ] {
        let r = get(other).await.unwrap();
        assert_eq!(r.status(), 404, "{other}");
    }
}
