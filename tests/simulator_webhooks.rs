//! The simulator delivers every state change as the webhook Worldpay
//! sends, to a real receiver on loopback: signed Access Worldpay events
//! (verified by key id, refused with 400 under a wrong secret, retried on
//! any non-200 with Worldpay's schedule compressed, out of order when a
//! retry falls behind) and Worldpay Online's unsigned order notifications
//! (confirmed by re-reading the order).
#![cfg(feature = "simulator")]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use worldpay::card_payments::{Client, types};
use worldpay::events::{self, Event};
use worldpay::sim::{Simulator, WebhookConfig};
use worldpay::webhook::{KeyRing, Received, ServerHandle, serve};

/// 30 s becomes 3 ms.
const SCALE: f64 = 0.0001;
/// A week of retries in about 6 seconds.
const WEEK_IN_SECONDS: f64 = 0.00001;

fn payment(reference: &str, amount: i64) -> types::CustomerInitiatedTransaction {
    serde_json::from_value(json!({
        "transactionReference": reference,
        "merchant": {"entity": "default"},
        "channel": "ecom",
        "instruction": {
            "requestAutoSettlement": {"enabled": false},
            "narrative": {"line1": "MindPalace"},
            "value": {"currency": "GBP", "amount": amount},
            "paymentInstrument": {"type": "card/plain", "cardNumber": "4444333322221111",
                "expiryDate": {"month": 5, "year": 2035}}
        }
    }))
    .unwrap()
}

type Log = Arc<Mutex<Vec<Received<Event>>>>;

/// A receiver on loopback holding `ring`; `fail(webhook, attempt)` says
/// whether to answer 503 to an event's `attempt`-th delivery.
async fn receiver(
    ring: KeyRing,
    fail: impl Fn(&str, usize) -> bool + Send + Sync + 'static,
) -> (ServerHandle, Log) {
    let log: Log = Arc::default();
    let sink = log.clone();
    let attempts: Mutex<HashMap<String, usize>> = Mutex::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = serve(listener, events::receiver(ring), move |e| {
        let n = {
            let mut a = attempts.lock().unwrap();
            let n = a.entry(e.id.clone().unwrap_or_default()).or_default();
            *n += 1;
            *n
        };
        let take = !fail(e.event.webhook(), n);
        sink.lock().unwrap().push(e);
        take
    })
    .unwrap();
    (server, log)
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..400 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("timed out waiting for {what}");
}

fn kinds(log: &Log) -> Vec<String> {
    log.lock()
        .unwrap()
        .iter()
        .map(|e| e.event.webhook().to_string())
        .collect()
}

#[tokio::test]
async fn every_state_change_is_delivered_signed_and_typed() {
    let sim = Simulator::start().await.unwrap();
    // The simulator signs with the new key; the receiver holds both.
    let (server, log) = receiver(
        KeyRing::new().key("1", "old secret").key("2", "new secret"),
        |_, _| false,
    )
    .await;
    sim.set_webhook(
        WebhookConfig::new(
            format!("http://{}/events", server.addr()),
            "2",
            "new secret",
        )
        .time_scale(SCALE),
    )
    .unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let types::AuthorizeResponse::Authorized(a) =
        client.authorize(payment("order-1", 10_000)).await.unwrap()
    else {
        panic!("authorized expected")
    };
    until("authorized", || kinds(&log).contains(&"authorized".into())).await;
    let settled = client
        .settle(&a, types::PaymentsSettle::default())
        .await
        .unwrap();
    until("settled", || kinds(&log).contains(&"settled".into())).await;
    // The refund-failure trigger, then a refund that works.
    let refund = |amount: i64| {
        serde_json::from_value::<types::PaymentsPartialRefund>(json!({
            "reference": format!("refund-{amount}"),
            "value": {"amount": amount, "currency": "GBP"}
        }))
        .unwrap()
    };
    let s = client
        .partial_refund(&settled, refund(worldpay::sim::card_payments::REFUND_FAILS))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    until("refundFailed", || {
        kinds(&log).contains(&"refundFailed".into())
    })
    .await;
    let _ = s;
    client.partial_refund(&settled, refund(300)).await.unwrap();
    until("refunded", || kinds(&log).contains(&"refunded".into())).await;
    // A refused authorization.
    let mut refused = payment("order-2", 5051);
    refused.transaction_reference = "order-2".parse().unwrap();
    let _ = client.authorize(refused).await.unwrap();
    until("refused", || kinds(&log).contains(&"refused".into())).await;

    let got = log.lock().unwrap().clone();
    for e in &got {
        assert!(e.id.is_some() && e.timestamp.is_some(), "{e:?}");
        assert!(!matches!(e.event, Event::Unrecognized(_)), "{e:?}");
        assert_eq!(e.event.classification().as_deref(), Some("payment"));
        let back = serde_json::to_value(&e.event).unwrap();
        // What the simulator sent is what the Events description lists.
        assert!(
            back["eventDetails"]["transactionReference"].is_string(),
            "{back}"
        );
    }
    let mut names = kinds(&log);
    names.sort();
    names.dedup();
    for k in [
        "authorized",
        "sentForSettlement",
        "settled",
        "sentForRefund",
        "refundFailed",
        "refunded",
        "refused",
    ] {
        assert!(names.contains(&k.to_string()), "{k} missing from {names:?}");
    }
    let Some(Event::Settled(s)) = got
        .iter()
        .map(|e| &e.event)
        .find(|e| matches!(e, Event::Settled(_)))
    else {
        panic!()
    };
    let details = s.event_details.as_ref().unwrap();
    assert_eq!(details.amount.as_ref().unwrap().value, Some(10_000));
    // Every delivery was answered 200, once.
    assert!(
        sim.webhook_deliveries()
            .iter()
            .all(|d| d.status == Some(200) && d.attempt == 1)
    );
    drop(server);
}

#[tokio::test]
async fn a_wrong_secret_is_refused_with_400_and_retried_until_given_up() {
    let sim = Simulator::start().await.unwrap();
    let (server, log) = receiver(KeyRing::new().key("1", "the real secret"), |_, _| false).await;
    sim.set_webhook(
        WebhookConfig::new(format!("http://{}/", server.addr()), "1", "a wrong secret")
            .time_scale(WEEK_IN_SECONDS),
    )
    .unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    client.authorize(payment("order-3", 100)).await.unwrap();
    until("several refused attempts", || {
        sim.webhook_deliveries().len() >= 3
    })
    .await;
    let d = sim.webhook_deliveries();
    assert!(d.iter().all(|d| d.status == Some(400)), "{d:?}");
    assert!(log.lock().unwrap().is_empty());
    // Given up after a (compressed) week of waits: attempts stop.
    let mut n = 0;
    for _ in 0..120 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = sim.webhook_deliveries().len();
        if now == n {
            break;
        }
        n = now;
    }
    // 8 rising waits (30 s to 1 h, 7,230 s), then 2 hours each until the
    // next would pass a week: the first attempt and 90 retries (82 after
    // 2 hours each).
    assert_eq!(n, 91, "attempts");
    drop(server);
}

#[tokio::test]
async fn a_receiver_failing_twice_gets_the_event_three_times() {
    let sim = Simulator::start().await.unwrap();
    let (server, log) = receiver(KeyRing::new().key("1", "k"), |_, attempt| attempt <= 2).await;
    sim.set_webhook(
        WebhookConfig::new(format!("http://{}/", server.addr()), "1", "k").time_scale(SCALE),
    )
    .unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    client.authorize(payment("order-4", 100)).await.unwrap();
    until("an acknowledged delivery", || {
        sim.webhook_deliveries()
            .iter()
            .any(|d| d.status == Some(200))
    })
    .await;
    let got = log.lock().unwrap().clone();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|e| e.id == got[0].id));
    let statuses: Vec<_> = sim
        .webhook_deliveries()
        .iter()
        .map(|d| (d.attempt, d.status))
        .collect();
    assert_eq!(statuses, [(1, Some(503)), (2, Some(503)), (3, Some(200))]);
    // Deduplicated by id: one event.
    let mut ids: Vec<_> = got.iter().map(|e| e.id.clone()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 1);
    drop(server);
}

#[tokio::test]
async fn a_retried_event_arrives_late_and_timestamps_restore_the_order() {
    let sim = Simulator::start().await.unwrap();
    // `authorized` is refused once: its retry (30 s compressed) comes
    // after the settlement's events.
    let (server, log) = receiver(KeyRing::new().key("1", "k"), |kind, attempt| {
        kind == "authorized" && attempt == 1
    })
    .await;
    sim.set_webhook(
        WebhookConfig::new(format!("http://{}/", server.addr()), "1", "k").time_scale(0.01),
    )
    .unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let types::AuthorizeResponse::Authorized(a) =
        client.authorize(payment("order-5", 100)).await.unwrap()
    else {
        panic!()
    };
    until("the first attempt", || !log.lock().unwrap().is_empty()).await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    client
        .settle(&a, types::PaymentsSettle::default())
        .await
        .unwrap();
    until("all three accepted", || {
        sim.webhook_deliveries()
            .iter()
            .filter(|d| d.status == Some(200))
            .count()
            == 3
    })
    .await;
    // As the receiver keeps them: drop the refused first attempt (a
    // repeat id), keep arrival order.
    let mut seen = std::collections::HashSet::new();
    let mut arrived: Vec<Received<Event>> = Vec::new();
    for e in log.lock().unwrap().iter().skip(1) {
        if seen.insert(e.id.clone()) {
            arrived.push(e.clone());
        }
    }
    let order = |v: &[Received<Event>]| {
        v.iter()
            .map(|e| e.event.webhook().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        order(&arrived).last().map(String::as_str),
        Some("authorized"),
        "{:?}",
        order(&arrived)
    );
    arrived.sort_by(|a, b| a.timestamp.cmp(&b.timestamp));
    assert_eq!(order(&arrived)[0], "authorized");
    drop(server);
}

#[tokio::test]
async fn webhooks_go_to_loopback_only() {
    let sim = Simulator::start().await.unwrap();
    assert!(
        sim.set_webhook(WebhookConfig::new("http://192.0.2.1/hook", "1", "k"))
            .is_err()
    );
    assert!(
        sim.set_online_notifications("http://example.com/", 1.0)
            .is_err()
    );
    // The secret is not in the config's Debug.
    let shown = format!(
        "{:?}",
        WebhookConfig::new("http://127.0.0.1:1/", "1", "topsecret")
    );
    assert!(!shown.contains("topsecret"), "{shown}");
}

#[tokio::test]
async fn online_notifications_are_delivered_and_confirmed_by_reading_the_order() {
    use worldpay::online::{self, Notification};
    let sim = Simulator::start().await.unwrap();
    let got: Arc<Mutex<Vec<Notification>>> = Arc::default();
    let sink = got.clone();
    let fails = Arc::new(Mutex::new(1usize));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = serve(listener, online::notification_receiver(), move |n| {
        sink.lock().unwrap().push(n.event);
        // The first delivery fails: retried at once.
        let mut f = fails.lock().unwrap();
        if *f > 0 {
            *f -= 1;
            return false;
        }
        true
    })
    .unwrap();
    sim.set_online_notifications(format!("http://{}/notify", server.addr()), SCALE)
        .unwrap();
    let client = online::Client::new(&sim.service_key_config()).unwrap();
    let order: online::types::OrderRequest = serde_json::from_value(json!({
        "orderDescription": "Simulated order", "amount": 1000, "currencyCode": "GBP",
        "name": "Sherlock Holmes", "authorizeOnly": true,
        "paymentMethod": {"type": "Card", "name": "Sherlock Holmes", "expiryMonth": 5,
            "expiryYear": 2035, "cardNumber": "4444333322221111", "cvc": "123"}
    }))
    .unwrap();
    let created = client.create_order(order).await.unwrap();
    let code = created.order_code.clone().unwrap();
    until("two deliveries", || got.lock().unwrap().len() >= 2).await;
    client.capture(&code, None).await.unwrap();
    until("the capture's", || got.lock().unwrap().len() >= 3).await;
    let notes = got.lock().unwrap().clone();
    assert!(notes.iter().all(|n| n.order_code == code
        && n.notification_event_type.as_deref() == Some(online::ORDER_STATE_CHANGE)));
    assert_eq!(notes[0], notes[1], "the failed delivery was repeated");
    let last = notes.last().unwrap();
    assert_eq!(
        last.payment_status.as_ref().map(|s| s.as_str()),
        Some("SUCCESS")
    );
    // Unsigned: trust comes from re-reading the order.
    let state = client.confirm_notification(last).await.unwrap();
    assert_eq!(state.as_ref().map(|s| s.as_str()), Some("SUCCESS"));
    let v: Value = serde_json::to_value(last).unwrap();
    assert_eq!(v["environment"], "TEST");
    drop(server);
}

#[tokio::test]
async fn payments_v6_changes_are_delivered_as_events_too() {
    use worldpay::payments::{Client as V6, types as v6};
    let sim = Simulator::start().await.unwrap();
    let (server, log) = receiver(KeyRing::new().key("k", "v6 secret"), |_, _| false).await;
    sim.set_webhook(
        WebhookConfig::new(format!("http://{}/events", server.addr()), "k", "v6 secret")
            .time_scale(SCALE),
    )
    .unwrap();
    let client = V6::new(&sim.client_config()).unwrap();
    let request = |reference: &str, amount: i64| -> v6::AuthorizationRequest {
        serde_json::from_value(json!({
            "transactionReference": reference,
            "merchant": {"entity": "default"},
            "instruction": {
                "narrative": {"line1": "trading name"},
                "value": {"currency": "GBP", "amount": amount},
                "paymentInstrument": {
                    "type": "card/plain",
                    "cardHolderName": "John Appleseed",
                    "cardNumber": "4444333322221111",
                    "cardExpiryDate": {"month": 5, "year": 2035}
                }
            }
        }))
        .unwrap()
    };
    let v6::AuthorizeResponse::Authorized(a) = client
        .authorize_via_root(request("v6-1", 250))
        .await
        .unwrap()
    else {
        panic!("authorized expected")
    };
    let partial: v6::PartialSettleRequest =
        serde_json::from_value(json!({"value": {"amount": 100, "currency": "GBP"}})).unwrap();
    let settled = client.partial_settle(&a, partial).await.unwrap();
    client.cancel(&settled).await.unwrap();
    let _ = client
        .authorize_via_root(request("v6-2", 5051))
        .await
        .unwrap();
    until("five events", || log.lock().unwrap().len() >= 5).await;
    let got = log.lock().unwrap().clone();
    let seen: Vec<(String, Option<String>, Option<i64>)> = got
        .iter()
        .map(|e| {
            let v = serde_json::to_value(&e.event).unwrap();
            let d = &v["eventDetails"];
            (
                e.event.webhook().to_string(),
                d["transactionReference"].as_str().map(String::from),
                d["amount"]["value"].as_i64(),
            )
        })
        .collect();
    let mut want = vec![
        ("authorized", "v6-1", Some(250)),
        ("sentForSettlement", "v6-1", Some(100)),
        ("settled", "v6-1", Some(100)),
        ("cancelled", "v6-1", Some(150)),
        ("refused", "v6-2", None),
    ];
    let mut seen_sorted = seen.clone();
    seen_sorted.sort();
    want.sort();
    let want: Vec<_> = want
        .into_iter()
        .map(|(k, r, a)| (k.to_string(), Some(r.to_string()), a))
        .collect();
    assert_eq!(seen_sorted, want, "{seen:?}");
    for e in &got {
        assert!(!matches!(e.event, Event::Unrecognized(_)), "{e:?}");
        let v = serde_json::to_value(&e.event).unwrap();
        let href = v["eventDetails"]["_links"]["payment"]["href"]
            .as_str()
            .unwrap();
        assert!(href.starts_with(sim.base_url()), "{href}");
    }
    drop(server);
}

#[tokio::test]
async fn payments_api_2024_changes_are_delivered_as_events_too() {
    use worldpay::payments_2024::{Client, types};
    let sim = Simulator::start().await.unwrap();
    let (server, log) = receiver(KeyRing::new().key("k", "p24 secret"), |_, _| false).await;
    sim.set_webhook(
        WebhookConfig::new(
            format!("http://{}/events", server.addr()),
            "k",
            "p24 secret",
        )
        .time_scale(SCALE),
    )
    .unwrap();
    let client = Client::new(&sim.client_config()).unwrap();
    let request = |reference: &str, amount: i64| -> types::PaymentRequest {
        serde_json::from_value(json!({
            "transactionReference": reference,
            "merchant": {"entity": "default"},
            "instruction": {
                "method": "card",
                "narrative": {"line1": "trading name"},
                "value": {"currency": "GBP", "amount": amount},
                "paymentInstrument": {
                    "type": "plain",
                    "cardHolderName": "John Appleseed",
                    "cardNumber": "4444333322221111",
                    "expiryDate": {"month": 5, "year": 2035}
                }
            }
        }))
        .unwrap()
    };
    let types::PaymentAnswer::Created(types::PaymentsResponse201::Authorized(a)) =
        client.payment(request("p24-1", 250)).await.unwrap()
    else {
        panic!("authorized expected")
    };
    let settled = client
        .settle_payment(&a, types::PaymentsSettleRequest::default())
        .await
        .unwrap();
    let refund: types::PaymentsPartialRefundRequest = serde_json::from_value(
        json!({"reference": "r-1", "value": {"amount": 100, "currency": "GBP"}}),
    )
    .unwrap();
    client
        .partially_refund_payment(&settled, refund)
        .await
        .unwrap();
    let _ = client.payment(request("p24-2", 5051)).await.unwrap();
    until("six events", || log.lock().unwrap().len() >= 6).await;
    let got = log.lock().unwrap().clone();
    let mut seen: Vec<(String, Option<String>, Option<i64>)> = got
        .iter()
        .map(|e| {
            let v = serde_json::to_value(&e.event).unwrap();
            let d = &v["eventDetails"];
            (
                e.event.webhook().to_string(),
                d["transactionReference"].as_str().map(String::from),
                d["amount"]["value"].as_i64(),
            )
        })
        .collect();
    seen.sort();
    let mut want: Vec<(String, Option<String>, Option<i64>)> = [
        ("authorized", "p24-1", Some(250)),
        ("sentForSettlement", "p24-1", Some(250)),
        ("settled", "p24-1", Some(250)),
        ("sentForRefund", "p24-1", Some(100)),
        ("refunded", "p24-1", Some(100)),
        ("refused", "p24-2", None),
    ]
    .into_iter()
    .map(|(k, r, a)| (k.to_string(), Some(r.to_string()), a))
    .collect();
    want.sort();
    assert_eq!(seen, want);
    for e in &got {
        assert!(!matches!(e.event, Event::Unrecognized(_)), "{e:?}");
        let v = serde_json::to_value(&e.event).unwrap();
        let href = v["eventDetails"]["_links"]["payment"]["href"]
            .as_str()
            .unwrap();
        assert!(
            href.starts_with(&format!("{}/api/payments/", sim.base_url())),
            "{href}"
        );
    }
    drop(server);
}
