//! Worldpay's Payments API (2024-06-01) and Payment Queries end to end,
//! through their generated clients against the embedded simulator: every
//! outcome its triggers document, the 3DS flow (device data, challenge,
//! authorization), every action by the `_actions` the answers offer, the
//! queries with paging, and recovery after a timeout. Every answer is
//! checked against its published schema.
#![cfg(feature = "simulator")]

use std::time::Duration;

use serde::Serialize;
use serde_json::{Value, json};
use worldpay::error::{ApiErrorBody, Error, Outcome};
use worldpay::payments_2024::{Client, rel, types};
use worldpay::sim::Simulator;
use worldpay::validate::{Api, Schema};

fn valid<T: Serialize>(api: Api, operation: &str, status: u16, value: &T) {
    if let Err(v) = Schema::response(api, operation, status)
        .unwrap()
        .validate_typed(value)
    {
        panic!("the simulator's {operation} {status} answer breaks its schema: {v:#?}");
    }
}

fn payments(operation: &str, status: u16, value: &impl Serialize) {
    valid(Api::Payments2024, operation, status, value)
}

/// A card payment; `edit` changes the JSON before it is typed.
fn request(reference: &str, edit: impl FnOnce(&mut Value)) -> types::PaymentRequest {
    let mut body = json!({
        "transactionReference": reference,
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
    });
    edit(&mut body);
    serde_json::from_value(body).unwrap_or_else(|e| panic!("{e}"))
}

fn three_ds(preference: &str) -> Value {
    json!({
        "type": "integrated",
        "mode": "always",
        "challenge": {"returnUrl": "https://example.com/3ds/return", "preference": preference},
        "deviceData": {"acceptHeader": "text/html", "userAgentHeader": "Mozilla/5.0"}
    })
}

fn holder(name: &str) -> impl FnOnce(&mut Value) + '_ {
    move |b| b["instruction"]["paymentInstrument"]["cardHolderName"] = json!(name)
}

async fn authorized(client: &Client, reference: &str) -> types::CardAuthorizedPaymentResponse {
    let answer = client.payment(request(reference, |_| {})).await.unwrap();
    payments("payment", 201, &answer);
    match answer {
        types::PaymentAnswer::Created(types::PaymentsResponse201::Authorized(a)) => a,
        other => panic!("authorized expected, got {other:?}"),
    }
}

fn settle_body() -> types::PaymentsSettleRequest {
    types::PaymentsSettleRequest::default()
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> (u16, ApiErrorBody) {
    match result {
        Err(Error::Api(e)) => (e.status, e.body),
        other => panic!("expected a documented error answer, got {other:?}"),
    }
}

#[tokio::test]
async fn a_3ds_challenge_is_completed_by_its_actions_then_the_payment_is_settled_and_refunded() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let answer = client
        .payment(request("3ds-challenge-1", |b| {
            b["instruction"]["threeDS"] = three_ds("challengeMandated")
        }))
        .await
        .unwrap();
    payments("payment", 201, &answer);
    let types::PaymentAnswer::Created(types::PaymentsResponse201::X3dsDeviceDataRequired(ddc)) =
        answer
    else {
        panic!("3dsDeviceDataRequired expected, got {answer:?}")
    };
    let collection = ddc.device_data_collection.as_ref().unwrap();
    assert_eq!(collection.bin.as_str(), "444433");
    assert!(collection.url.starts_with(sim.base_url()));

    // Device data, by the `supply3dsDeviceData` action: challenged.
    let device =
        types::DeviceDataRequest::builder().collection_reference("0_4XUn7BJ5uUAvtlDuyUHKlTl");
    let answer = client.supply3ds_device_data(&ddc, device).await.unwrap();
    payments("supply3dsDeviceData", 201, &answer);
    let types::Supply3dsDeviceDataAnswer::Created(types::DeviceDataResponse201::X3dsChallenged(
        challenged,
    )) = answer
    else {
        panic!("3dsChallenged expected, got {answer:?}")
    };
    let challenge = challenged.challenge.as_ref().unwrap();
    assert!(
        challenge
            .url
            .as_deref()
            .unwrap()
            .starts_with(sim.base_url())
    );
    // The device-data step is done: sent again, it is refused (with the
    // 400 the operation documents; it documents no 404).
    let (status, _) = api_error(
        client
            .supply3ds_device_data(&ddc, types::DeviceDataRequest::default())
            .await,
    );
    assert_eq!(status, 400);

    // The challenge, by `complete3dsChallenge`: authorized.
    let answer = client.complete3ds_challenge(&challenged).await.unwrap();
    payments("complete3dsChallenge", 201, &answer);
    let types::Complete3dsChallengeAnswer::Created(types::ChallengeResponse201::Authorized(a)) =
        answer
    else {
        panic!("authorized expected, got {answer:?}")
    };
    let three_ds = a.three_ds.as_ref().unwrap();
    assert_eq!(
        serde_json::to_value(three_ds).unwrap()["issuerResponse"],
        "challenged"
    );
    assert!(a.payment_id.is_some());

    // Settle, then refund in part, then the rest in part.
    let settled = client.settle_payment(&a, settle_body()).await.unwrap();
    payments("settle", 202, &settled);
    assert_eq!(settled.payment_id, a.payment_id);
    let part: types::PaymentsPartialRefundRequest = serde_json::from_value(
        json!({"reference": "refund-1", "value": {"currency": "GBP", "amount": 100}}),
    )
    .unwrap();
    let refunded = client
        .partially_refund_payment(&settled, part)
        .await
        .unwrap();
    payments("partialRefund", 202, &refunded);
    let events = client.query_events(&refunded).await.unwrap();
    payments("queryEvents", 200, &events);
    assert_eq!(
        serde_json::to_value(&events).unwrap()["lastEvent"],
        "Sent for Refund"
    );
    // Only 1.50 is left to refund: more is refused, naming the field.
    let too_much: types::PaymentsPartialRefundRequest = serde_json::from_value(
        json!({"reference": "refund-2", "value": {"currency": "GBP", "amount": 151}}),
    )
    .unwrap();
    let (status, body) = api_error(client.partially_refund_payment(&refunded, too_much).await);
    assert_eq!(status, 400);
    let ApiErrorBody::Payments2024(types_body) = body else {
        panic!("a Payments API error body expected")
    };
    let summary = format!("{types_body:?}");
    assert!(summary.contains("$.value.amount"), "{summary}");
    // A full refund is not offered after a partial one: the answer's type
    // does not offer it (`refund_payment(&refunded)` does not compile), and
    // its actions followed as links refuse it, sending nothing.
    let err = client.refund_payment(&refunded.actions).await.unwrap_err();
    assert!(matches!(err, Error::Link(_)), "{err:?}");
}

#[tokio::test]
async fn a_frictionless_3ds_payment_is_authorized_when_its_device_data_arrives() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let answer = client
        .payment(request("3ds-frictionless-1", |b| {
            b["instruction"]["threeDS"] = three_ds("noPreference")
        }))
        .await
        .unwrap();
    let types::PaymentAnswer::Created(types::PaymentsResponse201::X3dsDeviceDataRequired(ddc)) =
        answer
    else {
        panic!("3dsDeviceDataRequired expected")
    };
    let answer = client
        .supply3ds_device_data(&ddc, types::DeviceDataRequest::default())
        .await
        .unwrap();
    payments("supply3dsDeviceData", 201, &answer);
    let types::Supply3dsDeviceDataAnswer::Created(types::DeviceDataResponse201::Authorized(a)) =
        answer
    else {
        panic!("authorized expected, got {answer:?}")
    };
    assert_eq!(
        serde_json::to_value(a.three_ds.as_ref().unwrap()).unwrap()["issuerResponse"],
        "frictionless"
    );
    // 3DS that ends without authentication.
    for (name, outcome) in [
        ("3DS FAILED", "3dsAuthenticationFailed"),
        ("3DS UNAVAILABLE", "3dsUnavailable"),
    ] {
        let answer = client
            .payment(request("3ds-unauthenticated", |b| {
                b["instruction"]["threeDS"] = three_ds("noPreference");
                holder(name)(b);
            }))
            .await
            .unwrap();
        let types::PaymentAnswer::Created(types::PaymentsResponse201::X3dsDeviceDataRequired(ddc)) =
            answer
        else {
            panic!("3dsDeviceDataRequired expected")
        };
        let answer = client
            .supply3ds_device_data(&ddc, types::DeviceDataRequest::default())
            .await
            .unwrap();
        payments("supply3dsDeviceData", 201, &answer);
        assert_eq!(serde_json::to_value(&answer).unwrap()["outcome"], outcome);
    }
}

#[tokio::test]
async fn every_outcome_of_a_payment_is_its_own_variant() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();

    let answer = client
        .payment(request("refused-1", holder("REFUSED")))
        .await
        .unwrap();
    payments("payment", 201, &answer);
    let types::PaymentAnswer::Created(types::PaymentsResponse201::Refused(r)) = answer else {
        panic!("refused expected")
    };
    assert_eq!(r.refusal_code.as_deref(), Some("5"));
    assert_eq!(r.refusal_description.as_deref(), Some("REFUSED"));

    let answer = client
        .payment(request("refused-51", |b| {
            b["instruction"]["value"]["amount"] = json!(5051)
        }))
        .await
        .unwrap();
    let types::PaymentAnswer::Created(types::PaymentsResponse201::Refused(r)) = answer else {
        panic!("refused expected")
    };
    assert_eq!(r.refusal_code.as_deref(), Some("51"));

    let answer = client
        .payment(request("fraud-1", |b| {
            b["instruction"]["fraud"] = json!({"type": "fraudSight"});
            holder("HIGH RISK")(b);
        }))
        .await
        .unwrap();
    payments("payment", 201, &answer);
    let types::PaymentAnswer::Created(types::PaymentsResponse201::FraudHighRisk(f)) = answer else {
        panic!("fraudHighRisk expected, got {answer:?}")
    };
    assert_eq!(f.score, Some(95.0));

    let answer = client
        .payment(request("sale-1", |b| {
            b["instruction"]["settlement"] = json!({"auto": true})
        }))
        .await
        .unwrap();
    payments("payment", 202, &answer);
    let types::PaymentAnswer::Accepted(types::PaymentsResponse202::SentForSettlement(s)) = answer
    else {
        panic!("sentForSettlement expected, got {answer:?}")
    };
    // A sale offers refunds and a reversal, not a settlement.
    assert!(worldpay::hal::offered::<rel::RefundPayment>(&s).is_some());
    assert!(worldpay::hal::offered::<rel::ReversePayment>(&s).is_some());
    let reversed = client
        .reverse_payment(&s, types::PaymentsReversalRequest::default())
        .await
        .unwrap();
    payments("reversal", 202, &reversed);

    // A token asked for is in the answer.
    let answer = client
        .payment(request("token-1", |b| {
            b["instruction"]["tokenCreation"] = json!({"type": "worldpay"})
        }))
        .await
        .unwrap();
    payments("payment", 201, &answer);
    let back = serde_json::to_value(&answer).unwrap();
    assert!(back["token"]["tokenId"].is_string(), "{back}");

    let (status, body) = api_error(client.payment(request("error-1", holder("ERROR"))).await);
    assert_eq!(status, 500);
    let ApiErrorBody::Payments2024(body) = body else {
        panic!()
    };
    assert_eq!(body.error_name(), Some("internalErrorOccurred"));
}

#[tokio::test]
async fn settle_in_part_then_cancel_the_rest_by_the_actions_offered() {
    let sim = Simulator::start().await.unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let a = authorized(&client, "partial-1").await;
    let events = client.query_events(&a).await.unwrap();
    payments("queryEvents", 200, &events);
    assert_eq!(
        serde_json::to_value(&events).unwrap()["lastEvent"],
        "Authorized"
    );
    let part: types::PaymentsPartialSettleRequest = serde_json::from_value(
        json!({"reference": "ship-1", "value": {"currency": "GBP", "amount": 100}}),
    )
    .unwrap();
    let settled = client.partially_settle_payment(&a, part).await.unwrap();
    payments("partialSettle", 202, &settled);
    // 1.50 left: cancel it.
    let cancelled = client.cancel_payment(&settled).await.unwrap();
    payments("cancel", 202, &cancelled);
    // Nothing left to settle: the authorization's own link now answers 404.
    let (status, _) = api_error(client.settle_payment(&a, settle_body()).await);
    assert_eq!(status, 404);
    // A payment cancelled at once.
    let b = authorized(&client, "cancel-1").await;
    let cancelled = client.cancel_payment(&b).await.unwrap();
    payments("cancel", 202, &cancelled);
}

#[tokio::test]
async fn a_request_without_the_version_header_is_refused_naming_it() {
    let sim = Simulator::start().await.unwrap();
    let response = reqwest::Client::new()
        .post(format!("{}/api/payments", sim.base_url()))
        .basic_auth(
            worldpay::sim::DEFAULT_USERNAME,
            Some(worldpay::sim::DEFAULT_PASSWORD),
        )
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&request("no-version", |_| {})).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 406);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["headerName"], "WP-Api-Version");
    valid(Api::Payments2024, "payment", 406, &body);
}

mod queries {
    use super::*;
    use worldpay::payment_queries::{Client as Queries, options};

    fn queries(operation: &str, status: u16, value: &impl Serialize) {
        valid(Api::PaymentQueries, operation, status, value)
    }

    fn today() -> (String, String) {
        // A range around now wide enough for any clock.
        ("2000-01-01T00:00:00Z".into(), "2999-12-31T23:59:59Z".into())
    }

    async fn next_item<S>(stream: &mut S) -> Option<S::Item>
    where
        S: futures_core::Stream + Unpin,
    {
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut *stream).poll_next(cx)).await
    }

    #[tokio::test]
    async fn a_date_range_is_read_page_by_page_following_next_links() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        let queries_client = Queries::new(&sim.client_config()).unwrap();
        for i in 0..5 {
            authorized(&client, &format!("paged-{i}")).await;
        }
        let (start, end) = today();
        let first = queries_client
            .query_by_date_range(
                &start,
                &end,
                options::QueryByDateRange::new()
                    .page_size(2)
                    .currency("GBP"),
            )
            .await
            .unwrap();
        queries("queryByDateRange", 200, &first);
        assert_eq!(first.embedded.payments.len(), 2);
        assert!(first.links.get("next").is_some());
        let mut all = queries_client.every_payment(first);
        let mut references = Vec::new();
        while let Some(payment) = next_item(&mut all).await {
            let payment = payment.unwrap();
            references.push(payment.transaction_reference.clone().unwrap_or_default());
        }
        assert_eq!(
            references,
            (0..5).map(|i| format!("paged-{i}")).collect::<Vec<_>>()
        );
        assert_eq!(all.pages_read(), 3);

        // Filters narrow the range; a bad date is refused.
        let none = queries_client
            .query_by_date_range(
                &start,
                &end,
                options::QueryByDateRange::new().min_amount(300),
            )
            .await
            .unwrap();
        assert!(none.embedded.payments.is_empty());
        let (status, body) = super::api_error(
            queries_client
                .query_by_date_range("yesterday", &end, options::QueryByDateRange::default())
                .await,
        );
        assert_eq!(status, 400);
        let ApiErrorBody::PaymentQueries(body) = body else {
            panic!()
        };
        assert_eq!(body.error_name(), Some("fieldHasInvalidValue"));
    }

    #[tokio::test]
    async fn a_payment_is_found_by_id_with_its_events_and_archived_queries_answer() {
        let sim = Simulator::start().await.unwrap();
        let client = Client::new(&sim.client_config()).unwrap();
        let queries_client = Queries::new(&sim.client_config()).unwrap();
        let a = authorized(&client, "by-id-1").await;
        client.settle_payment(&a, settle_body()).await.unwrap();
        let id = a.payment_id.as_ref().unwrap().to_string();
        let payment = queries_client.retrieve_by_payment_id(&id).await.unwrap();
        queries("retrieveByPaymentId", 200, &payment);
        let back = serde_json::to_value(&payment).unwrap();
        let names: Vec<&str> = back["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["eventName"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "authorizationRequested",
                "authorizationSucceeded",
                "settlementRequested",
                "settlementRequestSubmitted"
            ]
        );
        assert_eq!(back["lastEvent"], "settlementRequestSubmitted");
        // A settled payment offers a refund, under Payment Queries' name.
        assert!(payment.links.get("cardPayments:refund").is_some());
        assert!(payment.links.get("cardPayments:settle").is_none());

        let (status, _) = super::api_error(
            queries_client
                .retrieve_by_payment_id("simPay000000000000000000000099")
                .await,
        );
        assert_eq!(status, 404);

        let archived = queries_client
            .query_archived_payments("by-id-1", "default")
            .await
            .unwrap();
        queries("queryArchivedPayments", 200, &archived);
        assert!(archived.embedded.payments.is_empty());
    }

    /// The README's recovery: the payment's answer is lost (the client
    /// times out after Worldpay took it); Payment Queries finds it by its
    /// `transactionReference`, and the Payments API client settles it by
    /// the link the query offers.
    #[tokio::test]
    async fn after_a_timeout_the_payment_is_found_by_reference_and_settled_by_its_link() {
        let sim = Simulator::start().await.unwrap();
        let impatient =
            Client::new(&sim.client_config().timeout(Duration::from_millis(200))).unwrap();
        sim.set_answer_delay(Duration::from_secs(2));
        let err = impatient
            .payment(request("lost-answer-1", |_| {}))
            .await
            .unwrap_err();
        assert_eq!(err.outcome(), Outcome::Unknown, "{err:?}");
        sim.set_answer_delay(Duration::ZERO);

        let queries_client = Queries::new(&sim.client_config()).unwrap();
        let (start, end) = today();
        let page = queries_client
            .query_by_date_range(
                &start,
                &end,
                options::QueryByDateRange::new().transaction_reference("lost-answer-1"),
            )
            .await
            .unwrap();
        let [found] = page.embedded.payments.as_slice() else {
            panic!("one payment expected, got {:?}", page.embedded.payments)
        };
        let id = found.payment_id.as_ref().unwrap().to_string();
        let payment = queries_client.retrieve_by_payment_id(&id).await.unwrap();
        assert_eq!(
            serde_json::to_value(&payment).unwrap()["lastEvent"],
            "authorizationSucceeded"
        );
        let client = Client::new(&sim.client_config()).unwrap();
        let settled = client
            .settle_payment(&payment.links, settle_body())
            .await
            .unwrap();
        payments("settle", 202, &settled);
        assert_eq!(settled.payment_id.as_deref(), Some(id.as_str()));
    }
}
